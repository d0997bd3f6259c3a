#include "MimeWriter.h"

#include "AddressParser.h"
#include "HeaderEncoding.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QMimeDatabase>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

#include <array>
#include <cstring>
#include <functional>

Q_LOGGING_CATEGORY(lcMime, "qourier.mime")

namespace {

constexpr int MaxLineLength = 998;     // RFC 5322 §2.1.1, RFC 5321 §4.5.3.1.6
constexpr int Base64LineLength = 76;   // RFC 2045 §6.8
constexpr int QpLineLength = 76;       // RFC 2045 §6.7 (5), "=" of a soft break included
constexpr int MaxMessageIdLength = 900; // keeps "References: <id>" within 998
constexpr int MaxExtraHeaderName = 70;  // "Name: " leaves room on the first line

// One node of the MIME tree, before it is flattened into segments.
struct Part
{
    QByteArray headers; // Content-* fields, each ending in CRLF
    QByteArray body;    // the encoded body of a leaf held in memory
    int file = -1;      // a leaf streamed from this file instead
    QByteArray boundary;
    QList<Part> children;
};

// 128 bits from the system CSPRNG, as 32 hex digits (boundaries, Message-IDs, Content-IDs).
QByteArray randomHex()
{
    std::array<quint32, 4> words;
    QRandomGenerator::system()->fillRange(words.data(), int(words.size()));
    return QByteArray(reinterpret_cast<const char*>(words.data()), int(sizeof(words))).toHex();
}

// Appends the base64 of size octets as 76-character lines joined by CRLF (RFC 2045 §6.8), with a
// CRLF first if leadingBreak. Writes straight into out so that streaming an attachment reuses one
// buffer instead of allocating three per block.
void appendBase64Lines(QByteArray& out, const char* data, qint64 size, bool leadingBreak)
{
    if (size <= 0)
        return;
    static const char table[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    const qint64 characters = 4 * ((size + 2) / 3);
    const qint64 lines = (characters + Base64LineLength - 1) / Base64LineLength;
    const qint64 start = out.size();
    out.resize(start + characters + 2 * (lines - 1) + (leadingBreak ? 2 : 0));
    char* o = out.data() + start;
    const auto* in = reinterpret_cast<const uchar*>(data);
    int column = 0;
    bool first = !leadingBreak;
    for (qint64 i = 0; i < size; i += 3) {
        if (column == 0) {
            if (!first) {
                *o++ = '\r';
                *o++ = '\n';
            }
            first = false;
        }
        const bool two = i + 1 < size;
        const bool three = i + 2 < size;
        const quint32 n = (quint32(in[i]) << 16) | (two ? quint32(in[i + 1]) << 8 : 0) | (three ? quint32(in[i + 2]) : 0);
        *o++ = table[(n >> 18) & 63];
        *o++ = table[(n >> 12) & 63];
        *o++ = two ? table[(n >> 6) & 63] : '=';
        *o++ = three ? table[n & 63] : '=';
        column = (column + 4) % Base64LineLength;
    }
    Q_ASSERT(o == out.constData() + out.size());
}

QByteArray base64Lines(const QByteArray& raw)
{
    QByteArray out;
    appendBase64Lines(out, raw.constData(), raw.size(), false);
    return out;
}

// RFC 2045 §6.7 quoted-printable of CRLF-canonical text. Hard line breaks stay CRLF; lines are
// cut with soft breaks ("=" CRLF) so that no encoded line passes 76 characters.
QByteArray quotedPrintable(const QByteArray& canonical)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(canonical.size() * 3 / 2);
    const QList<QByteArray> lines = canonical.split('\n');
    for (int k = 0; k < lines.size(); ++k) {
        QByteArray line = lines.at(k);
        if (k + 1 < lines.size())
            line.chop(1); // the CR of CRLF: canonical text has no other CR
        else
            Q_ASSERT(!line.endsWith('\r'));
        if (k > 0)
            out += "\r\n";
        int column = 0;
        for (int j = 0; j < line.size(); ++j) {
            const uchar c = uchar(line.at(j));
            const bool last = j + 1 == line.size();
            char encoded[3];
            int length = 1;
            // Rule (2) literal printable ASCII but "="; rule (3) space/tab except at line end.
            if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last)) {
                encoded[0] = char(c);
            } else {
                encoded[0] = '=';
                encoded[1] = hex[c >> 4];
                encoded[2] = hex[c & 0xF];
                length = 3;
            }
            if (column + length > QpLineLength - 1) {
                out += "=\r\n"; // rule (5) soft line break
                column = 0;
            }
            out.append(encoded, length);
            column += length;
        }
    }
    return out;
}

struct EncodedText
{
    QByteArray transferEncoding;
    QByteArray body;
    bool eightBit = false;
};

// A text body in canonical form (RFC 2046 §4.1.1: CRLF line ends, here always ending with one)
// with the cheapest transfer encoding that is valid for it.
EncodedText encodeText(const QString& text, bool allow8Bit)
{
    QString normalised = text;
    normalised.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    if (!normalised.isEmpty() && !normalised.endsWith(QLatin1Char('\n')))
        normalised += QLatin1Char('\n');
    normalised.replace(QLatin1String("\n"), QLatin1String("\r\n"));
    const QByteArray canonical = normalised.toUtf8();

    bool ascii = true;
    bool hasNul = false;
    int longest = 0;
    int lineLength = 0;
    for (char ch : canonical) {
        if (ch == '\n') {
            longest = qMax(longest, lineLength - 1);
            lineLength = 0;
            continue;
        }
        ++lineLength;
        ascii = ascii && uchar(ch) < 0x80;
        hasNul = hasNul || ch == '\0';
    }
    longest = qMax(longest, lineLength);

    // RFC 2045 §2.7/§2.8: 7bit and 8bit data are lines of at most 998 octets without NUL.
    if (!hasNul && longest <= MaxLineLength) {
        if (ascii)
            return {"7bit", canonical, false};
        if (allow8Bit)
            return {"8bit", canonical, true};
    }
    // Mostly-ASCII text stays readable as quoted-printable; otherwise base64 is smaller.
    const QByteArray qp = quotedPrintable(canonical);
    const QByteArray b64 = base64Lines(canonical);
    if (qp.size() <= b64.size())
        return {"quoted-printable", qp, false};
    return {"base64", b64, false};
}

Part textPart(const QByteArray& subtype, const EncodedText& encoded)
{
    Part part;
    part.headers = HeaderEncoding::parameterizedField("Content-Type", "text/" + subtype,
                                                      HeaderEncoding::parameter("charset", QStringLiteral("utf-8")))
        + "Content-Transfer-Encoding: " + encoded.transferEncoding + "\r\n";
    part.body = encoded.body;
    return part;
}

Part multipart(const QByteArray& subtype, const QList<Part>& children, const QList<HeaderParameter>& extraParameters = {})
{
    Part part;
    // RFC 2046 §5.1.1: a boundary must not occur in the encapsulated text. 128 random bits make
    // that vanishingly unlikely; "=_" makes it impossible for base64 and quoted-printable bodies.
    part.boundary = "=_" + randomHex();
    QList<HeaderParameter> parameters = extraParameters;
    parameters += HeaderEncoding::parameter("boundary", QString::fromLatin1(part.boundary));
    part.headers = HeaderEncoding::parameterizedField("Content-Type", "multipart/" + subtype, parameters);
    part.children = children;
    return part;
}

bool containsBoundary(const Part& part, const QByteArray& boundary)
{
    if (part.body.contains(boundary))
        return true;
    for (const Part& child : part.children) {
        if (containsBoundary(child, boundary))
            return true;
    }
    return false;
}

// Text bodies are held by the tree; make sure none of them happens to contain a boundary.
void ensureUniqueBoundaries(Part& part)
{
    for (Part& child : part.children)
        ensureUniqueBoundaries(child);
    if (part.children.isEmpty())
        return;
    while (containsBoundary(part, "--" + part.boundary)) {
        const QByteArray old = part.boundary;
        part.boundary = "=_" + randomHex();
        part.headers.replace(old, part.boundary);
    }
}

// RFC 5322 §3.3: "Thu, 13 Feb 1969 23:32:54 -0330", English names regardless of locale.
QByteArray rfc5322Date(const QDateTime& when)
{
    static const char* const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime local = when.isValid() ? when : QDateTime::currentDateTime();
    const int offsetMinutes = local.offsetFromUtc() / 60;
    const int absolute = qAbs(offsetMinutes);
    const QDate d = local.date();
    const QTime t = local.time();
    return QString::asprintf("%s, %d %s %04d %02d:%02d:%02d %c%02d%02d", days[d.dayOfWeek() - 1], d.day(),
                             months[d.month() - 1], d.year(), t.hour(), t.minute(), t.second(),
                             offsetMinutes < 0 ? '-' : '+', absolute / 60, absolute % 60)
        .toLatin1();
}

QString stripAngles(const QString& id)
{
    QString s = id.trimmed();
    if (s.startsWith(QLatin1Char('<')) && s.endsWith(QLatin1Char('>')))
        s = s.mid(1, s.size() - 2);
    return s;
}

// RFC 5322 §3.6.4 msg-id content, loosely: printable ASCII without "<", ">" or whitespace.
bool isValidMessageId(const QString& id)
{
    if (id.isEmpty() || id.size() > MaxMessageIdLength)
        return false;
    for (QChar c : id) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7F || c == QLatin1Char('<') || c == QLatin1Char('>'))
            return false;
    }
    return true;
}

bool hasNonAsciiLocalPart(const QString& address)
{
    const QString local = address.left(address.lastIndexOf(QLatin1Char('@')));
    for (QChar c : local) {
        if (c.unicode() >= 0x80)
            return true;
    }
    return false;
}

bool isValidHeaderName(const QByteArray& name)
{
    // RFC 5322 §3.6.8 field-name = 1*ftext, ftext = %d33-57 / %d59-126.
    if (name.isEmpty() || name.size() > MaxExtraHeaderName)
        return false;
    for (char c : name) {
        if (uchar(c) < 33 || uchar(c) > 126 || c == ':')
            return false;
    }
    return true;
}

bool isWriterOwnedHeader(const QByteArray& name)
{
    static const QSet<QByteArray> owned = {
        "date", "from", "sender", "reply-to", "to", "cc", "bcc", "subject", "message-id",
        "in-reply-to", "references", "mime-version", "return-path", "received",
    };
    const QByteArray lower = name.toLower();
    return owned.contains(lower) || lower.startsWith("content-") || lower.startsWith("resent-");
}

} // namespace

std::unique_ptr<MimeWriter> MimeWriter::create(const MailMessage& message, const Options& options, QString* error)
{
    std::unique_ptr<MimeWriter> writer(new MimeWriter);
    QString reason;
    if (!writer->build(message, options, &reason)) {
        if (error)
            *error = reason;
        return nullptr;
    }
    writer->open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    if (error)
        error->clear();
    return writer;
}

MimeWriter::~MimeWriter() = default;

bool MimeWriter::build(const MailMessage& message, const Options& options, QString* error)
{
    // --- Addresses -------------------------------------------------------------------------
    if (message.from.address.trimmed().isEmpty()) {
        *error = tr("The message has no sender (From) address.");
        return false;
    }
    const QList<QPair<const char*, const QList<MailAddress>*>> addressFields = {
        {"From", nullptr}, {"Reply-To", &message.replyTo}, {"To", &message.to}, {"Cc", &message.cc}, {"Bcc", &message.bcc},
    };
    const QList<MailAddress> fromList{message.from};
    for (const auto& field : addressFields) {
        for (const MailAddress& address : field.second ? *field.second : fromList) {
            const QString problem = AddressParser::addrSpecProblem(address.address);
            if (!problem.isEmpty()) {
                *error = tr("The %1 address \"%2\" is not valid: %3").arg(QLatin1String(field.first), address.address, problem);
                return false;
            }
            m_needsSmtpUtf8 = m_needsSmtpUtf8 || hasNonAsciiLocalPart(address.address);
        }
    }
    const QByteArray fromWire = HeaderEncoding::addressForHeader(message.from.address);
    const QByteArray fromDomain = fromWire.mid(fromWire.lastIndexOf('@') + 1);

    // --- Identifiers -------------------------------------------------------------------------
    if (message.messageId.isEmpty()) {
        // RFC 5322 §3.6.4: globally unique; 128 random bits, then the sender's domain in A-labels.
        m_messageId = QString::fromLatin1(randomHex() + '@' + fromDomain);
    } else {
        m_messageId = stripAngles(message.messageId);
        if (!isValidMessageId(m_messageId) || !m_messageId.contains(QLatin1Char('@'))) {
            *error = tr("The Message-ID \"%1\" is not valid.").arg(HeaderEncoding::sanitized(message.messageId));
            return false;
        }
    }
    // Threading headers come from other people's messages; an unusable id is dropped rather than
    // blocking the reply.
    QString inReplyTo = stripAngles(message.inReplyTo);
    if (!inReplyTo.isEmpty() && !isValidMessageId(inReplyTo)) {
        qCWarning(lcMime) << "dropping invalid In-Reply-To" << inReplyTo;
        inReplyTo.clear();
    }
    QStringList references;
    for (const QString& reference : message.references) {
        const QString id = stripAngles(reference);
        if (isValidMessageId(id))
            references.append(id);
        else if (!id.isEmpty())
            qCWarning(lcMime) << "dropping invalid References entry" << id;
    }

    for (const auto& header : message.extraHeaders) {
        if (!isValidHeaderName(header.first)) {
            *error = tr("\"%1\" is not a valid header name.").arg(HeaderEncoding::sanitized(QString::fromUtf8(header.first)));
            return false;
        }
        if (isWriterOwnedHeader(header.first)) {
            *error = tr("The header \"%1\" cannot be set as an extra header.").arg(QString::fromLatin1(header.first));
            return false;
        }
    }

    // --- Files ---------------------------------------------------------------------------
    QMimeDatabase mimeDatabase;
    static const QRegularExpression mimeTypePattern(
        QStringLiteral("^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$")); // RFC 6838 §4.2
    const auto filePart = [&](const MailAttachment& attachment, bool isInline, Part* part) {
        const QFileInfo info(attachment.filePath);
        QFile file(attachment.filePath);
        if (!info.exists()) {
            *error = tr("The attachment \"%1\" does not exist.").arg(attachment.filePath);
            return false;
        }
        if (!info.isFile()) {
            *error = tr("The attachment \"%1\" is not a regular file.").arg(attachment.filePath);
            return false;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("The attachment \"%1\" cannot be read: %2").arg(attachment.filePath, file.errorString());
            return false;
        }
        const QString name = HeaderEncoding::sanitized(attachment.fileName.isEmpty() ? info.fileName() : attachment.fileName).trimmed();
        QString mimeType = attachment.mimeType.trimmed();
        if (mimeType.isEmpty()) {
            // By name first, by content when the name says nothing (QMimeDatabase does both).
            const QMimeType detected = mimeDatabase.mimeTypeForFileNameAndData(name, &file);
            mimeType = detected.isValid() && !detected.isDefault() ? detected.name() : QString();
            if (mimeType.isEmpty() || mimeType == QLatin1String("application/x-zerosize"))
                mimeType = QStringLiteral("application/octet-stream");
        } else if (!mimeTypePattern.match(mimeType).hasMatch()) {
            *error = tr("\"%1\" is not a valid MIME type for the attachment \"%2\".").arg(HeaderEncoding::sanitized(mimeType), name);
            return false;
        }
        m_files.append(FileSource{attachment.filePath, file.size()});
        part->file = int(m_files.size() - 1);

        part->headers = HeaderEncoding::parameterizedField("Content-Type", mimeType.toLatin1(),
                                                           {HeaderEncoding::legacyParameter("name", name)})
            + "Content-Transfer-Encoding: base64\r\n";
        if (isInline) {
            QString contentId = stripAngles(attachment.contentId);
            if (contentId.isEmpty())
                contentId = QString::fromLatin1(randomHex() + '@' + fromDomain);
            if (!isValidMessageId(contentId)) { // RFC 2392: same syntax as a msg-id
                *error = tr("The Content-ID \"%1\" of \"%2\" is not valid.").arg(HeaderEncoding::sanitized(attachment.contentId), name);
                return false;
            }
            part->headers += "Content-ID: <" + contentId.toLatin1() + ">\r\n";
        }
        // RFC 2183 disposition; the file name as RFC 2231 parameter(s).
        part->headers += HeaderEncoding::parameterizedField("Content-Disposition", isInline ? "inline" : "attachment",
                                                            HeaderEncoding::parameter("filename", name));
        return true;
    };

    // --- Structure, chosen from content --------------------------------------------------------
    const bool hasHtml = !message.htmlBody.isEmpty();
    QList<Part> images;
    for (const MailAttachment& image : message.inlineImages) {
        Part part;
        if (!filePart(image, true, &part))
            return false;
        images.append(part);
    }
    QList<Part> attachments;
    for (const MailAttachment& attachment : message.attachments) {
        Part part;
        if (!filePart(attachment, false, &part))
            return false;
        attachments.append(part);
    }

    const EncodedText plain = encodeText(message.textBody, options.allow8Bit);
    Part body;
    if (hasHtml) {
        const EncodedText html = encodeText(message.htmlBody, options.allow8Bit);
        m_needs8BitMime = html.eightBit;
        Part htmlPart = textPart("html", html);
        if (!images.isEmpty()) {
            // RFC 2387: the HTML is the root, the images it references by cid: follow.
            htmlPart = multipart("related", QList<Part>{htmlPart} + images,
                                 HeaderEncoding::parameter("type", QStringLiteral("text/html")));
            images.clear();
        }
        if (message.textBody.isEmpty()) {
            body = htmlPart;
        } else {
            // RFC 2046 §5.1.4: alternatives in increasing order of preference.
            body = multipart("alternative", {textPart("plain", plain), htmlPart});
            m_needs8BitMime = m_needs8BitMime || plain.eightBit;
        }
    } else {
        body = textPart("plain", plain);
        m_needs8BitMime = plain.eightBit;
    }
    // Inline images without an HTML body to reference them travel as ordinary inline parts.
    Part root = (images.isEmpty() && attachments.isEmpty()) ? body : multipart("mixed", QList<Part>{body} + images + attachments);
    ensureUniqueBoundaries(root);

    // --- Message header (RFC 5322 §3.6) -----------------------------------------------------
    QByteArray header = "Date: " + rfc5322Date(message.date) + "\r\n";
    header += HeaderEncoding::mailboxListField("From", {message.from});
    if (!message.replyTo.isEmpty())
        header += HeaderEncoding::mailboxListField("Reply-To", message.replyTo);
    if (!message.to.isEmpty())
        header += HeaderEncoding::mailboxListField("To", message.to);
    if (!message.cc.isEmpty())
        header += HeaderEncoding::mailboxListField("Cc", message.cc);
    // Bcc: never written (RFC 5322 §3.6.3 allows omitting it; the envelope carries it).
    header += HeaderEncoding::unstructuredField("Subject", message.subject);
    header += HeaderEncoding::messageIdListField("Message-ID", {m_messageId});
    if (!inReplyTo.isEmpty())
        header += HeaderEncoding::messageIdListField("In-Reply-To", {inReplyTo});
    if (!references.isEmpty())
        header += HeaderEncoding::messageIdListField("References", references);
    header += "MIME-Version: 1.0\r\n"; // RFC 2045 §4
    for (const auto& extra : message.extraHeaders)
        header += HeaderEncoding::unstructuredField(extra.first, extra.second);

    // --- Flatten ---------------------------------------------------------------------------
    appendBytes(header);
    std::function<void(const Part&)> flatten = [&](const Part& part) {
        appendBytes(part.headers + "\r\n");
        if (!part.children.isEmpty()) {
            // RFC 2046 §5.1.1: the CRLF before "--boundary" belongs to the delimiter.
            for (int i = 0; i < part.children.size(); ++i) {
                appendBytes((i == 0 ? "--" : "\r\n--") + part.boundary + "\r\n");
                flatten(part.children.at(i));
            }
            appendBytes("\r\n--" + part.boundary + "--");
        } else if (part.file >= 0) {
            appendFile(part.file);
        } else {
            appendBytes(part.body);
        }
    };
    flatten(root);
    // RFC 5321 §4.1.1.4: the message must end with CRLF before the final ".".
    if (!m_segments.last().bytes.endsWith("\r\n") || m_segments.last().file >= 0)
        appendBytes("\r\n");

    m_envelope = message.envelope();
    m_envelope.size = m_total;
    m_envelope.eightBit = m_needs8BitMime;
    return true;
}

void MimeWriter::appendBytes(const QByteArray& bytes)
{
    if (bytes.isEmpty())
        return;
    if (!m_segments.isEmpty() && m_segments.last().file < 0)
        m_segments.last().bytes += bytes;
    else
        m_segments.append(Segment{bytes, -1});
    m_total += bytes.size();
}

void MimeWriter::appendFile(int file)
{
    m_segments.append(Segment{QByteArray(), file});
    m_total += encodedFileSize(m_files.at(file).size);
}

qint64 MimeWriter::encodedFileSize(qint64 rawSize)
{
    if (rawSize <= 0)
        return 0;
    const qint64 characters = 4 * ((rawSize + 2) / 3);
    const qint64 lines = (characters + Base64LineLength - 1) / Base64LineLength;
    return characters + 2 * (lines - 1); // CRLF between lines; the delimiter brings the last one
}

qint64 MimeWriter::size() const
{
    return m_total;
}

bool MimeWriter::atEnd() const
{
    return !isOpen() || m_failed || m_produced >= m_total;
}

qint64 MimeWriter::bytesAvailable() const
{
    if (!isOpen() || m_failed)
        return 0;
    const qint64 inBlock = m_block.size() - m_blockPos;
    return (inBlock > 0 ? inBlock : nextBlockSize()) + QIODevice::bytesAvailable();
}

qint64 MimeWriter::nextBlockSize() const
{
    for (int s = m_segment; s < m_segments.size(); ++s) {
        const Segment& segment = m_segments.at(s);
        if (segment.file < 0) {
            if (!segment.bytes.isEmpty())
                return segment.bytes.size();
            continue;
        }
        const qint64 offset = s == m_segment ? m_fileOffset : 0;
        const qint64 chunk = qMin(FileChunkSize, m_files.at(segment.file).size - offset);
        if (chunk > 0)
            return encodedFileSize(chunk) + (offset > 0 ? 2 : 0);
    }
    return 0;
}

void MimeWriter::fail(const QString& reason)
{
    qCWarning(lcMime) << reason;
    m_failed = true;
    m_file.reset();
    m_block.clear();
    m_blockPos = 0;
    setErrorString(reason);
}

bool MimeWriter::nextBlock()
{
    // A consumed file block's buffer is kept for the next one; a static block is shared with its
    // segment and simply let go.
    if (m_blockIsFile)
        m_encoded = std::move(m_block);
    m_block = QByteArray();
    m_blockIsFile = false;
    m_blockPos = 0;
    while (m_segment < m_segments.size()) {
        const Segment& segment = m_segments.at(m_segment);
        if (segment.file < 0) {
            m_block = segment.bytes; // implicitly shared, no copy
            ++m_segment;
            return true;
        }
        const FileSource& source = m_files.at(segment.file);
        if (!m_file) {
            m_file = std::make_unique<QFile>(source.path);
            m_fileOffset = 0;
            if (!m_file->open(QIODevice::ReadOnly)) {
                fail(tr("The attachment \"%1\" cannot be read: %2").arg(source.path, m_file->errorString()));
                return false;
            }
            if (m_file->size() != source.size) {
                fail(tr("The attachment \"%1\" changed size while the message was being sent (%2 bytes, now %3).")
                         .arg(source.path)
                         .arg(source.size)
                         .arg(m_file->size()));
                return false;
            }
        }
        const qint64 remaining = source.size - m_fileOffset;
        if (remaining == 0) {
            m_raw = QByteArray();
            m_encoded = QByteArray();
            // A file that grew would make the message longer than size() promised.
            if (!m_file->read(1).isEmpty()) {
                fail(tr("The attachment \"%1\" grew while the message was being sent.").arg(source.path));
                return false;
            }
            m_file.reset();
            m_fileOffset = 0;
            ++m_segment;
            continue;
        }
        const qint64 wanted = qMin(FileChunkSize, remaining);
        m_raw.resize(wanted);
        if (m_file->read(m_raw.data(), wanted) != wanted) {
            fail(tr("The attachment \"%1\" shrank or could not be read while the message was being sent.").arg(source.path));
            return false;
        }
        m_block = std::move(m_encoded); // reuse the previous block's allocation
        m_block.resize(0);
        appendBase64Lines(m_block, m_raw.constData(), wanted, m_fileOffset > 0);
        m_blockIsFile = true;
        m_fileOffset += wanted;
        return true;
    }
    return true; // end of message: m_block stays empty
}

qint64 MimeWriter::readData(char* data, qint64 maxSize)
{
    if (m_failed)
        return -1;
    qint64 copied = 0;
    while (copied < maxSize) {
        if (m_blockPos >= m_block.size()) {
            if (!nextBlock())
                return -1;
            if (m_block.isEmpty())
                break;
        }
        const qint64 n = qMin(maxSize - copied, qint64(m_block.size()) - m_blockPos);
        std::memcpy(data + copied, m_block.constData() + m_blockPos, size_t(n));
        m_blockPos += n;
        copied += n;
    }
    m_produced += copied;
    const bool finished = m_segment >= m_segments.size() && m_blockPos >= m_block.size();
    if (m_produced > m_total || (finished && m_produced != m_total)) {
        // Cannot happen unless the size arithmetic above is wrong; a wrong SIZE would be worse.
        fail(tr("Internal error: the message length does not match its announced size."));
        return -1;
    }
    return copied;
}

qint64 MimeWriter::writeData(const char* data, qint64 maxSize)
{
    Q_UNUSED(data)
    Q_UNUSED(maxSize)
    return -1;
}

SmtpEnvelope MimeWriter::envelope() const
{
    return m_envelope;
}
