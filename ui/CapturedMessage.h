#pragma once
// One message the sandbox captured, as the viewer lists it: where its files are and the receipt
// SandboxStore wrote beside it (the SMTP envelope, TLS, AUTH, the session transcript). A message
// opened from any .eml on disk has no receipt: hasReceipt is false and the viewer says the
// envelope is not available.
//
// Reads the receipt format of SandboxStore::receiptJson() (smtp/sandbox/SandboxStore.cpp).

#include "SandboxReceipt.h"

#include <QCoreApplication>
#include <QString>

struct CapturedMessage
{
    QString id;       // the store's id ("20261123-160000-123-89abcdef"); empty without a receipt
    QString jsonPath; // empty without a receipt
    QString emlPath;
    qint64 size = -1; // octets received; from the receipt, else the file's size
    QString sha256;   // hex, from the receipt
    bool hasReceipt = false;
    SandboxReceipt receipt; // meaningful only with hasReceipt

    bool isValid() const { return !emlPath.isEmpty(); }

    // Reads a receipt; an invalid CapturedMessage and *error when it is unreadable, not JSON, or
    // names no .eml in its own directory.
    static CapturedMessage fromReceiptFile(const QString& jsonPath, QString* error);
    // Any .eml file, with no receipt.
    static CapturedMessage fromMessageFile(const QString& emlPath);

    Q_DECLARE_TR_FUNCTIONS(CapturedMessage) // last: the macro ends in "private:"
};
