#pragma once
// One message as the real test server (tests/scripts/smtp_server.py) received it: the envelope
// from n.json and the exact bytes from n.eml.

#include <QByteArray>
#include <QString>
#include <QStringList>

struct ReceivedMessage
{
    QString mailFrom;
    QStringList rcptTos;
    QStringList mailOptions; // as aiosmtpd upper-cases them: "SIZE=1234", "BODY=8BITMIME"
    QStringList rcptOptions;
    QByteArray data;         // dot-stuffing undone, CRLF line ends as sent
    qint64 size = -1;        // the server's own count of data bytes
    bool tls = false;
    QString authUser;        // empty when the client did not authenticate
};
