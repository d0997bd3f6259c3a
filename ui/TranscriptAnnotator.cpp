#include "TranscriptAnnotator.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

namespace {

const QString kHidden = QStringLiteral("[credentials hidden]"); // SmtpSession's redaction marker

QString firstWord(const QString& text)
{
    const int space = text.indexOf(QLatin1Char(' '));
    return space < 0 ? text : text.left(space);
}

QString afterFirstWord(const QString& text)
{
    const int space = text.indexOf(QLatin1Char(' '));
    return space < 0 ? QString() : text.mid(space + 1).trimmed();
}

// A base64 challenge as a person can read it, or a null string when it is binary. aiosmtpd ends
// its LOGIN prompts with a NUL ("User Name\0"), so control characters are dropped, not fatal.
QString readableChallenge(const QString& base64)
{
    const auto decoded = QByteArray::fromBase64Encoding(base64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return QString();
    QString text = QString::fromUtf8(*decoded);
    QString shown;
    for (QChar c : text) {
        if (c == QChar::ReplacementCharacter)
            return QString();
        if (c.unicode() >= 0x20 && c.unicode() != 0x7f)
            shown.append(c);
    }
    shown = shown.trimmed();
    if (shown.size() > 200)
        shown = shown.left(200) + QChar(0x2026);
    return shown;
}

QString megabytes(qint64 bytes)
{
    const double mb = double(bytes) / (1024.0 * 1024.0);
    const bool whole = bytes % (1024 * 1024) == 0;
    return QLocale().toString(mb, 'f', whole ? 0 : 1);
}

} // namespace

QString TranscriptAnnotator::explain(SmtpSession::Direction direction, const QString& line)
{
    switch (direction) {
    case SmtpSession::Direction::Client:
        return explainClient(line.trimmed());
    case SmtpSession::Direction::Server:
        return explainServer(line);
    case SmtpSession::Direction::Info:
        return explainInfo(line);
    }
    return QString();
}

QString TranscriptAnnotator::explainClient(const QString& line)
{
    const QString hiddenNote = tr("The secret part is hidden on purpose, so the transcript can be shared safely.");
    if (line == kHidden)
        return tr("A sign-in answer (user name, password or token). Qourier hides it on purpose, "
                  "so the transcript can be shared safely.");

    const QString verb = firstWord(line).toUpper();
    const QString rest = afterFirstWord(line);

    if (verb == QLatin1String("EHLO"))
        return tr("Qourier introduces itself and asks which extensions the server supports (RFC 5321 §4.1.1.1).");
    if (verb == QLatin1String("HELO"))
        return tr("The old greeting without extensions, used only when the server refuses EHLO (RFC 5321 §4.1.1.1).");
    if (verb == QLatin1String("STARTTLS"))
        return tr("Asks the server to switch this connection to encryption (RFC 3207).");
    if (verb == QLatin1String("AUTH")) {
        const QString mechanism = firstWord(rest).toUpper();
        const bool hidden = line.contains(kHidden);
        QString text;
        if (mechanism == QLatin1String("PLAIN"))
            text = tr("Signs in with PLAIN: user name and password together in one base64 line (RFC 4616).");
        else if (mechanism == QLatin1String("LOGIN"))
            text = tr("Signs in with LOGIN: the server asks for the user name, then the password, each in base64.");
        else if (mechanism == QLatin1String("CRAM-MD5"))
            text = tr("Signs in with CRAM-MD5: only a keyed hash of the server's challenge travels, "
                      "never the password itself (RFC 2195).");
        else if (mechanism == QLatin1String("XOAUTH2") || mechanism == QLatin1String("OAUTHBEARER"))
            text = tr("Signs in with an OAuth 2.0 access token instead of a password.");
        else
            text = tr("Signs in with the %1 method (RFC 4954).").arg(mechanism);
        return hidden ? text + QLatin1Char(' ') + hiddenNote : text;
    }
    if (line == QLatin1String("*"))
        return tr("Gives up the sign-in exchange (RFC 4954 §4).");
    if (verb.startsWith(QLatin1String("MAIL"))) {
        // "MAIL FROM:<a@b> SIZE=123 BODY=8BITMIME SMTPUTF8"
        static const QRegularExpression re(QStringLiteral("^MAIL\\s+FROM:\\s*<([^>]*)>\\s*(.*)$"),
                                           QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch m = re.match(line);
        if (!m.hasMatch())
            return tr("Starts a new message and names its sender (RFC 5321 §4.1.1.2).");
        QString text = m.captured(1).isEmpty()
            ? tr("Starts a new message with no return address, so it can never cause a bounce (RFC 5321 §4.5.5).")
            : tr("Starts a new message; undeliverable mail is reported to %1 (the envelope sender, RFC 5321 §4.1.1.2).")
                  .arg(m.captured(1));
        QStringList notes;
        for (const QString& param : m.captured(2).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QString upper = param.toUpper();
            if (upper.startsWith(QLatin1String("SIZE=")))
                notes << tr("the size is announced in advance (SIZE, RFC 1870)");
            else if (upper == QLatin1String("BODY=8BITMIME"))
                notes << tr("the text uses 8-bit characters (RFC 6152)");
            else if (upper == QLatin1String("BODY=BINARYMIME"))
                notes << tr("the message contains binary data (RFC 3030)");
            else if (upper == QLatin1String("SMTPUTF8"))
                notes << tr("addresses may contain non-ASCII characters (RFC 6531)");
        }
        if (!notes.isEmpty())
            text += QLatin1Char(' ') + tr("Also: %1.").arg(notes.join(QStringLiteral("; ")));
        return text;
    }
    if (verb.startsWith(QLatin1String("RCPT"))) {
        static const QRegularExpression re(QStringLiteral("^RCPT\\s+TO:\\s*<([^>]*)>"), QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch m = re.match(line);
        const QString address = m.hasMatch() ? m.captured(1) : afterFirstWord(line);
        return tr("Names one recipient, %1. To, Cc and Bcc all travel this way, one RCPT TO each; "
                  "the headers the recipients see are separate (RFC 5321 §4.1.1.3).")
            .arg(address);
    }
    if (verb == QLatin1String("DATA"))
        return tr("Asks to send the message itself; the server answers 354 when it is ready (RFC 5321 §4.1.1.4).");
    if (line == QLatin1String("."))
        return tr("A line with only a dot ends the message (RFC 5321 §4.1.1.4); dots at the start of message lines "
                  "were doubled so they cannot end it early.");
    if (verb == QLatin1String("BDAT")) {
        const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString size = words.value(1);
        const bool last = words.value(2).compare(QLatin1String("LAST"), Qt::CaseInsensitive) == 0;
        return last ? tr("Sends the last chunk of the message, %1 bytes; no end-of-data dot is needed (CHUNKING, RFC 3030).")
                          .arg(size)
                    : tr("Sends one chunk of the message, %1 bytes, counted instead of ended by a dot (CHUNKING, RFC 3030).")
                          .arg(size);
    }
    if (verb == QLatin1String("RSET"))
        return tr("Cancels the current message but keeps the connection open (RFC 5321 §4.1.1.5).");
    if (verb == QLatin1String("NOOP"))
        return tr("Does nothing; checks that the server is still there (RFC 5321 §4.1.1.9).");
    if (verb == QLatin1String("QUIT"))
        return tr("Says goodbye; the server answers 221 and closes the connection (RFC 5321 §4.1.1.10).");
    return QString();
}

QString TranscriptAnnotator::explainServer(const QString& line)
{
    // RFC 5321 §4.2: three digits, then '-' when more lines follow or ' ' on the last line.
    static const QRegularExpression replyRe(QStringLiteral("^([2-5][0-9][0-9])([ -]|$)(.*)$"));
    const QRegularExpressionMatch reply = replyRe.match(line);
    if (!reply.hasMatch())
        return tr("Not a valid SMTP reply: a reply line starts with a three-digit code.");
    const int code = reply.captured(1).toInt();
    const bool more = reply.captured(2) == QLatin1String("-");
    QString text = reply.captured(3).trimmed();

    // RFC 2034 §4: "class.subject.detail" right after the code.
    static const QRegularExpression enhancedRe(QStringLiteral("^([245]\\.[0-9]{1,3}\\.[0-9]{1,3})(?:\\s+|$)(.*)$"));
    QString enhanced;
    const QRegularExpressionMatch e = enhancedRe.match(text);
    if (e.hasMatch()) {
        enhanced = e.captured(1);
        text = e.captured(2);
    }

    // RFC 5321 §4.1.1.1: after the first line, each line of the EHLO reply is one extension.
    // Only EHLO answers 250 with several lines, and they never carry enhanced codes.
    if (code == 250 && enhanced.isEmpty()) {
        const QString keyword = explainEhloKeyword(text);
        if (!keyword.isEmpty())
            return keyword;
        if (more)
            return tr("The server answers EHLO with its name; each following line names one extension it supports.");
    }
    if (more)
        return tr("More lines follow (\"%1-\"); the last line of the reply starts with \"%1 \".").arg(code);

    QString meaning = explainCode(code, text);
    if (!enhanced.isEmpty()) {
        const QString detail = explainEnhancedCode(enhanced);
        if (!detail.isEmpty())
            meaning += QLatin1Char(' ') + tr("%1: %2.").arg(enhanced, detail);
    }
    return meaning;
}

QString TranscriptAnnotator::explainEhloKeyword(const QString& text)
{
    const QString keyword = firstWord(text).toUpper();
    const QString params = afterFirstWord(text);

    if (keyword == QLatin1String("PIPELINING"))
        return tr("The server accepts several commands at once (RFC 2920).");
    if (keyword == QLatin1String("SIZE")) {
        const qint64 limit = params.toLongLong();
        if (limit > 0)
            return tr("The server accepts messages up to %1 MB (RFC 1870).").arg(megabytes(limit));
        return tr("The server can be told a message's size in advance but sets no fixed limit (RFC 1870).");
    }
    if (keyword == QLatin1String("AUTH") || keyword.startsWith(QLatin1String("AUTH="))) {
        // RFC 4954 §3; "AUTH=LOGIN PLAIN" is an old, non-standard form some servers still send.
        QString mechanisms = keyword == QLatin1String("AUTH") ? params : text.mid(5);
        mechanisms = mechanisms.split(QLatin1Char(' '), Qt::SkipEmptyParts).join(QStringLiteral(", "));
        if (mechanisms.isEmpty())
            return tr("The server supports signing in (RFC 4954).");
        return tr("The server can sign you in with: %1 (RFC 4954).").arg(mechanisms);
    }
    if (keyword == QLatin1String("STARTTLS"))
        return tr("The server can switch this connection to encryption (STARTTLS, RFC 3207).");
    if (keyword == QLatin1String("8BITMIME"))
        return tr("The server accepts message text with 8-bit characters (RFC 6152).");
    if (keyword == QLatin1String("SMTPUTF8"))
        return tr("The server accepts non-ASCII addresses and headers, Chinese for example (RFC 6531).");
    if (keyword == QLatin1String("CHUNKING"))
        return tr("The server accepts the message in counted chunks with BDAT instead of DATA (RFC 3030).");
    if (keyword == QLatin1String("BINARYMIME"))
        return tr("The server accepts binary message data, sent with BDAT (RFC 3030).");
    if (keyword == QLatin1String("ENHANCEDSTATUSCODES"))
        return tr("The server adds detailed status codes such as 5.7.8 to its replies (RFC 2034).");
    if (keyword == QLatin1String("DSN"))
        return tr("The server can send delivery status notifications on request (RFC 3461).");
    if (keyword == QLatin1String("DELIVERBY"))
        return tr("The server can be asked to deliver within a time limit (RFC 2852).");
    if (keyword == QLatin1String("ETRN"))
        return tr("The server can be asked to send out mail it queued for a domain (RFC 1985).");
    if (keyword == QLatin1String("VRFY"))
        return tr("The server can check whether a mailbox exists (VRFY, RFC 5321 §3.5).");
    if (keyword == QLatin1String("EXPN"))
        return tr("The server can list the members of a mailing list (EXPN, RFC 5321 §3.5).");
    if (keyword == QLatin1String("HELP"))
        return tr("The server answers the HELP command.");
    if (keyword == QLatin1String("REQUIRETLS"))
        return tr("The server can promise to pass the message on only over TLS (RFC 8689).");
    if (keyword == QLatin1String("MT-PRIORITY"))
        return tr("The server accepts message priorities (RFC 6710).");
    if (keyword == QLatin1String("LIMITS"))
        return tr("The server announces its limits, such as recipients per message (RFC 9422).");
    if (keyword.startsWith(QLatin1Char('X')) && keyword.size() > 1 && keyword == firstWord(text))
        return tr("An extension of this server's own (%1), not part of any standard.").arg(keyword);
    return QString();
}

QString TranscriptAnnotator::explainCode(int code, const QString& text)
{
    switch (code) {
    case 211:
        return tr("System status or help reply.");
    case 214:
        return tr("Help text for people.");
    case 220:
        // The same code greets the client (RFC 5321 §4.2.2) and agrees to STARTTLS (RFC 3207 §4).
        if (text.contains(QLatin1String("TLS"), Qt::CaseInsensitive))
            return tr("The server agrees: the TLS handshake starts now, and everything after it is encrypted (RFC 3207).");
        return tr("The server's greeting: it is ready and tells its name (RFC 5321 §4.3.1).");
    case 221:
        return tr("The server says goodbye and closes the connection.");
    case 235:
        return tr("Signed in successfully (RFC 4954).");
    case 250:
        return tr("OK: the requested action was done.");
    case 251:
        return tr("OK: the recipient is not local, and the server will forward the message.");
    case 252:
        return tr("The server cannot check the recipient now but will try to deliver.");
    case 334: {
        // RFC 4954 §4: the challenge is base64; decoded it is often a plain prompt.
        if (text.isEmpty())
            return tr("The server waits for the sign-in data (an empty challenge, RFC 4954).");
        const QString challenge = readableChallenge(text);
        if (challenge.isEmpty())
            return tr("The server asks for the next sign-in step with a base64 challenge (RFC 4954).");
        return tr("The server asks for the next sign-in step; its base64 challenge decodes to \"%1\" (RFC 4954).")
            .arg(challenge);
    }
    case 354:
        return tr("Go ahead: send the message, ending with a line that holds only a dot (RFC 5321 §4.1.1.4).");
    case 421:
        return tr("The server is closing the connection: it is busy, shutting down or limiting connections; try later.");
    case 432:
        return tr("A password transition is needed (RFC 4954).");
    case 450:
        return tr("Temporarily refused: the mailbox is busy or unavailable (greylisting, for example); try later.");
    case 451:
        return tr("Temporarily refused: an error at the server stopped the action; try later.");
    case 452:
        return tr("Temporarily refused: the server is out of storage, or this message has too many recipients.");
    case 454:
        return tr("Temporarily refused: encryption or sign-in is not available right now.");
    case 455:
        return tr("The server cannot accept these parameters right now.");
    case 500:
        return tr("Syntax error: the server did not recognise the command (or the line was too long).");
    case 501:
        return tr("Syntax error in the command's parameters.");
    case 502:
        return tr("This server does not implement that command.");
    case 503:
        return tr("Bad sequence of commands, for example sending before signing in.");
    case 504:
        return tr("The server does not implement that parameter, for example that sign-in method.");
    case 521:
    case 556:
        return tr("This domain does not accept mail at all (RFC 7504).");
    case 523:
        return tr("The message is larger than the server's fixed limit.");
    case 530:
        return tr("Sign-in required: the server wants you to authenticate first, or to use encryption (RFC 4954).");
    case 534:
        return tr("The sign-in method is too weak for this server; it wants a stronger one, such as an app password (RFC 4954).");
    case 535:
        return tr("Sign-in failed: the server rejected the user name or password (RFC 4954).");
    case 538:
        return tr("This sign-in method needs encryption first (RFC 4954).");
    case 550:
        return tr("Refused: the mailbox does not exist or policy forbids it (relaying denied, spam).");
    case 551:
        return tr("Refused: the recipient is not local to this server.");
    case 552:
        return tr("Refused: the message is too large or the mailbox is full.");
    case 553:
        return tr("Refused: the address is not allowed (bad syntax, or you may not send as it).");
    case 554:
        return tr("The transaction failed; at the greeting it means no service here, after the message often a spam filter.");
    case 555:
        return tr("The server does not recognise the parameters of MAIL FROM or RCPT TO.");
    default:
        break;
    }
    // RFC 5321 §4.2.1: the first digit alone says how the command went.
    switch (code / 100) {
    case 2:
        return tr("Success (2xx).");
    case 3:
        return tr("Go on: the server waits for more (3xx).");
    case 4:
        return tr("Temporary failure (4xx): the same command may work later.");
    default:
        return tr("Permanent failure (5xx): repeating the same command will not help.");
    }
}

QString TranscriptAnnotator::explainEnhancedCode(const QString& code)
{
    // RFC 3463 §3 ("subject.detail"), plus RFC 4954 §6 and RFC 7372 for the 7.x sign-in codes.
    const QString sub = code.mid(code.indexOf(QLatin1Char('.')) + 1);
    const bool success = code.startsWith(QLatin1Char('2'));
    if (sub == QLatin1String("0.0"))
        return success ? tr("all is well") : tr("no further detail");
    if (sub == QLatin1String("1.0"))
        return success ? tr("the sender address is accepted") : tr("a problem with an address");
    if (sub == QLatin1String("1.1"))
        return tr("the mailbox does not exist");
    if (sub == QLatin1String("1.2"))
        return tr("the recipient's domain does not exist or takes no mail");
    if (sub == QLatin1String("1.3"))
        return tr("the recipient address has invalid syntax");
    if (sub == QLatin1String("1.5"))
        return tr("the recipient address is accepted");
    if (sub == QLatin1String("1.6"))
        return tr("the mailbox has moved");
    if (sub == QLatin1String("1.7"))
        return tr("the sender address has invalid syntax");
    if (sub == QLatin1String("1.8"))
        return tr("the sender's domain is not valid");
    if (sub == QLatin1String("1.10"))
        return tr("the recipient's domain accepts no mail (null MX)");
    if (sub == QLatin1String("2.0"))
        return tr("a problem with the mailbox");
    if (sub == QLatin1String("2.1"))
        return tr("the mailbox is disabled");
    if (sub == QLatin1String("2.2"))
        return tr("the mailbox is full");
    if (sub == QLatin1String("2.3"))
        return tr("the message is longer than the mailbox accepts");
    if (sub == QLatin1String("3.0"))
        return tr("a problem with the mail system");
    if (sub == QLatin1String("3.1"))
        return tr("the mail system is full");
    if (sub == QLatin1String("3.2"))
        return tr("the system is not accepting messages now");
    if (sub == QLatin1String("3.4"))
        return tr("the message is too big for the system");
    if (sub == QLatin1String("4.1"))
        return tr("the next server did not answer");
    if (sub == QLatin1String("4.2"))
        return tr("the connection broke");
    if (sub == QLatin1String("4.3"))
        return tr("a directory (DNS) lookup failed");
    if (sub == QLatin1String("4.5"))
        return tr("the mail system is congested");
    if (sub == QLatin1String("4.7"))
        return tr("the message waited too long and expired");
    if (sub == QLatin1String("5.0"))
        return tr("a protocol problem");
    if (sub == QLatin1String("5.1"))
        return tr("invalid command");
    if (sub == QLatin1String("5.2"))
        return tr("syntax error");
    if (sub == QLatin1String("5.3"))
        return tr("too many recipients");
    if (sub == QLatin1String("5.4"))
        return tr("invalid command arguments");
    if (sub == QLatin1String("5.6"))
        return tr("the sign-in line was too long");
    if (sub == QLatin1String("6.0"))
        return tr("a problem with the message content");
    if (sub == QLatin1String("6.7"))
        return tr("non-ASCII addresses are not accepted (RFC 6531)");
    if (sub == QLatin1String("7.0"))
        return success ? tr("signed in") : tr("a security or policy problem, often: sign in first");
    if (sub == QLatin1String("7.1"))
        return tr("not allowed: delivery refused by policy");
    if (sub == QLatin1String("7.8"))
        return tr("the user name or password is wrong");
    if (sub == QLatin1String("7.9"))
        return tr("the sign-in method is too weak");
    if (sub == QLatin1String("7.10"))
        return tr("encryption is needed");
    if (sub == QLatin1String("7.11"))
        return tr("this sign-in method needs encryption");
    if (sub == QLatin1String("7.12"))
        return tr("a password change is needed");
    if (sub == QLatin1String("7.13"))
        return tr("the account is disabled");
    if (sub == QLatin1String("7.23"))
        return tr("the sender's SPF check failed");
    if (sub == QLatin1String("7.25"))
        return tr("the reverse DNS check failed");
    if (sub == QLatin1String("7.26"))
        return tr("several authentication checks failed (SPF, DKIM, DMARC)");
    return QString();
}

QString TranscriptAnnotator::explainInfo(const QString& line)
{
    if (line.startsWith(QLatin1String("Connecting to ")))
        return tr("Qourier opens a TCP connection. Port 465 starts with TLS at once; 587 and 25 start in clear text "
                  "and switch to encryption with STARTTLS.");
    if (line.startsWith(QLatin1String("TLS established")))
        return tr("From here on, everything is encrypted.");
    if (line.startsWith(QLatin1String("Certificate problem")))
        return tr("The server's certificate could not be verified, so Qourier cannot be sure who is on the other end.");
    if (line.startsWith(QLatin1String("Certificate accepted")))
        return tr("The certificate is exactly the one you chose to trust.");
    if (line.contains(QLatin1String("bytes of message data")) || line.startsWith(QLatin1String("Sending the message data")))
        return tr("The message itself is not shown here, only its size.");
    return QString();
}
