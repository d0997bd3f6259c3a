#pragma once
// Parses one SMTP command line (without its CRLF) into a SandboxClientCommand: verb, arguments
// and syntax errors with the reply they deserve. A pure function: no state, no I/O, so it can be
// fed anything (tests/sandbox/tst_sandboxcommandparser, a fuzzer).
//
// RFCs: 5321 §4.1 (command syntax), §4.1.2 (paths), §4.5.3.1 (size limits), 6531 (UTF-8 paths),
// 4954 §4 (AUTH), 3030 §2 (BDAT), 4422 §3.1 (mechanism names).

#include "SandboxClientCommand.h"

#include <QByteArray>

class SandboxCommandParser
{
public:
    static SandboxClientCommand parse(const QByteArray& line);

    // Syntax checks, public for the session and for tests.
    static bool isDomain(const QByteArray& s, bool allowUtf8);
    static bool isAddressLiteral(const QByteArray& s);
    // Mailbox = Local-part "@" ( Domain / address-literal ), RFC 5321 §4.1.2.
    static bool isMailbox(const QByteArray& s, bool allowUtf8);
    static bool isEsmtpKeyword(const QByteArray& s);
    static bool isEsmtpValue(const QByteArray& s);
    // "xtext" (RFC 3461 §4): the value of AUTH=.
    static bool isXtext(const QByteArray& s);
};
