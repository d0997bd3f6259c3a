#pragma once
// One-line explanations of the SMTP conversation for people learning the protocol: what each
// command asks for, what each reply code and RFC 3463 enhanced code means, what each EHLO
// keyword offers. Works on the lines SmtpSession::transcript() emits, one at a time.
//
// RFCs explained: 5321 (SMTP), 3207 (STARTTLS), 4954 (AUTH), 4616 (PLAIN), 2195 (CRAM-MD5),
// 2920 (PIPELINING), 3030 (CHUNKING), 1870 (SIZE), 6152 (8BITMIME), 6531 (SMTPUTF8),
// 2034/3463 (enhanced status codes), 3461 (DSN), 7504 (521/556).

#include "SmtpSession.h"

#include <QCoreApplication>
#include <QString>

class TranscriptAnnotator
{
    Q_DECLARE_TR_FUNCTIONS(TranscriptAnnotator)

public:
    // A translated one-line explanation, or an empty string when there is nothing useful to say.
    static QString explain(SmtpSession::Direction direction, const QString& line);

private:
    static QString explainClient(const QString& line);
    static QString explainServer(const QString& line);
    static QString explainInfo(const QString& line);
    static QString explainEhloKeyword(const QString& text);
    static QString explainCode(int code, const QString& text);
    static QString explainEnhancedCode(const QString& code);
};
