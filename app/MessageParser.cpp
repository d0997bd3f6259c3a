#include "MessageParser.h"

#include <QFile>

// GLib's GIO headers, which gmime.h pulls in, use "signals" as a struct member name; Qt defines
// it as a macro.
#pragma push_macro("signals")
#undef signals
#include <gmime/gmime.h>
#pragma pop_macro("signals")

#include <algorithm>
#include <memory>

namespace {

void initGMime()
{
    // g_mime_init() sets up GMime's charset tables and type registry: once per process, and
    // never shut down, since a viewer may parse again at any time.
    static const bool initialized = [] {
        g_mime_init();
        return true;
    }();
    Q_UNUSED(initialized);
}

struct GObjectUnref
{
    void operator()(gpointer object) const
    {
        if (object)
            g_object_unref(object);
    }
};
template<typename T>
using GObjectPtr = std::unique_ptr<T, GObjectUnref>;

struct GFree
{
    void operator()(gpointer p) const { g_free(p); }
};
using GCharPtr = std::unique_ptr<char, GFree>;

QString fromUtf8(const char* s)
{
    return s ? QString::fromUtf8(s) : QString();
}

QByteArray streamBytes(GMimeStream* stream)
{
    GByteArray* array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream));
    if (!array)
        return QByteArray();
    return QByteArray(reinterpret_cast<const char*>(array->data), qsizetype(array->len));
}

void appendAddresses(InternetAddressList* list, const QString& group, QList<ParsedAddress>* out)
{
    if (!list)
        return;
    const int count = internet_address_list_length(list);
    for (int i = 0; i < count; ++i) {
        InternetAddress* ia = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_GROUP(ia)) {
            // RFC 5322 §3.4 groups ("Undisclosed recipients:;"): list the members, if any.
            appendAddresses(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(ia)),
                            fromUtf8(internet_address_get_name(ia)), out);
        } else if (INTERNET_ADDRESS_IS_MAILBOX(ia)) {
            ParsedAddress a;
            a.name = fromUtf8(internet_address_get_name(ia));
            a.address = fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(ia)));
            a.group = group;
            out->append(a);
        }
    }
}

QList<ParsedAddress> addresses(GMimeMessage* message, GMimeAddressType type)
{
    QList<ParsedAddress> out;
    appendAddresses(g_mime_message_get_addresses(message, type), QString(), &out);
    return out;
}

QString mimeTypeOf(GMimeObject* object)
{
    GMimeContentType* type = g_mime_object_get_content_type(object);
    if (!type)
        return QStringLiteral("application/octet-stream");
    GCharPtr name(g_mime_content_type_get_mime_type(type));
    return fromUtf8(name.get()).toLower();
}

// The part's content with its transfer encoding (base64, quoted-printable) removed.
QByteArray decodedContent(GMimePart* part)
{
    GMimeDataWrapper* wrapper = g_mime_part_get_content(part);
    if (!wrapper)
        return QByteArray();
    GObjectPtr<GMimeStream> out(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(wrapper, out.get());
    return streamBytes(out.get());
}

// Text in its declared charset (RFC 2046 §4.1.2) converted to Unicode by GMime's iconv tables,
// which know GB2312, GBK, Big5 and the rest; line ends made "\n" for display.
QString textContent(GMimeTextPart* part)
{
    GCharPtr text(g_mime_text_part_get_text(part));
    QString s = fromUtf8(text.get());
    s.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return s;
}

class PartCollector
{
public:
    explicit PartCollector(ParsedMessage* out)
        : m_out(out)
    {
    }

    void walk(GMimeObject* object)
    {
        if (GMIME_IS_MULTIPART(object)) {
            // RFC 2046 §5.1: children in order. In multipart/alternative (§5.1.4) the plain
            // text comes first and the richer HTML later; both are kept, the view chooses.
            GMimeMultipart* multipart = GMIME_MULTIPART(object);
            const int count = g_mime_multipart_get_count(multipart);
            for (int i = 0; i < count; ++i)
                walk(g_mime_multipart_get_part(multipart, i));
        } else if (GMIME_IS_MESSAGE_PART(object)) {
            addMessagePart(GMIME_MESSAGE_PART(object));
        } else if (GMIME_IS_PART(object)) {
            addPart(GMIME_PART(object));
        }
    }

    // Inline parts the HTML body never points at are shown as attachments, as mail programs do:
    // otherwise the recipient could not see them at all.
    void finish()
    {
        const QString html = m_out->htmlBody;
        for (const ParsedPart& part : qAsConst(m_out->inlineParts)) {
            if (part.disposition == QLatin1String("attachment"))
                continue; // already listed
            if (!html.contains(QStringLiteral("cid:") + part.contentId, Qt::CaseInsensitive))
                m_out->attachments.append(part);
        }
    }

private:
    void addPart(GMimePart* part)
    {
        GMimeObject* object = GMIME_OBJECT(part);
        ParsedPart p;
        p.mimeType = mimeTypeOf(object);
        p.fileName = fromUtf8(g_mime_part_get_filename(part));
        p.contentId = fromUtf8(g_mime_part_get_content_id(part));
        p.disposition = fromUtf8(g_mime_object_get_disposition(object)).toLower();
        const bool attachment = p.disposition == QLatin1String("attachment");

        // A text part is body text unless it is an attachment or a named file that is not
        // explicitly inline (RFC 2183 §2: a filename alone does not make a part an attachment,
        // but mail programs list named text parts as files).
        const bool bodyText = GMIME_IS_TEXT_PART(part) && !attachment
            && (p.fileName.isEmpty() || p.disposition == QLatin1String("inline")) && p.contentId.isEmpty();
        if (bodyText && p.mimeType == QLatin1String("text/plain")) {
            appendBody(&m_out->textBody, textContent(GMIME_TEXT_PART(part)));
            return;
        }
        if (bodyText && p.mimeType == QLatin1String("text/html")) {
            appendBody(&m_out->htmlBody, textContent(GMIME_TEXT_PART(part)));
            return;
        }

        p.data = decodedContent(part);
        if (!p.contentId.isEmpty())
            m_out->inlineParts.append(p);
        if (p.contentId.isEmpty() || attachment)
            m_out->attachments.append(p);
    }

    // A second body-text part of the same type (a list footer after the body in
    // multipart/mixed) follows the first, as mail programs show it.
    static void appendBody(QString* body, const QString& text)
    {
        if (body->isEmpty())
            *body = text;
        else
            *body += QStringLiteral("\n\n") + text;
    }

    // message/rfc822 (RFC 2046 §5.2.1): a forwarded message, listed as an .eml attachment.
    void addMessagePart(GMimeMessagePart* part)
    {
        GMimeObject* object = GMIME_OBJECT(part);
        ParsedPart p;
        p.mimeType = mimeTypeOf(object);
        p.fileName = fromUtf8(g_mime_object_get_content_disposition_parameter(object, "filename"));
        p.disposition = fromUtf8(g_mime_object_get_disposition(object)).toLower();
        GMimeMessage* inner = g_mime_message_part_get_message(part);
        if (inner) {
            GObjectPtr<GMimeStream> out(g_mime_stream_mem_new());
            g_mime_object_write_to_stream(GMIME_OBJECT(inner), nullptr, out.get());
            p.data = streamBytes(out.get());
            if (p.fileName.isEmpty()) {
                const QString subject = fromUtf8(g_mime_message_get_subject(inner)).trimmed();
                if (!subject.isEmpty())
                    p.fileName = subject + QStringLiteral(".eml");
            }
        }
        m_out->attachments.append(p);
    }

    ParsedMessage* m_out;
};

} // namespace

MessageParser::MessageParser()
{
    initGMime();
}

ParsedMessage MessageParser::read(const QString& emlPath)
{
    QFile file(emlPath);
    if (!file.open(QIODevice::ReadOnly)) {
        ParsedMessage m;
        m.error = tr("Cannot read %1: %2").arg(emlPath, file.errorString());
        return m;
    }
    if (file.size() > MaxFileSize) {
        ParsedMessage m;
        m.error = tr("The file is larger than %n MB, too large to show.", nullptr, int(MaxFileSize / (1024 * 1024)));
        return m;
    }
    return parse(file.readAll());
}

ParsedMessage MessageParser::readHeaders(const QString& emlPath)
{
    QFile file(emlPath);
    if (!file.open(QIODevice::ReadOnly)) {
        ParsedMessage m;
        m.error = tr("Cannot read %1: %2").arg(emlPath, file.errorString());
        return m;
    }
    // Read in pieces until the empty line that ends the header block (RFC 5322 §2.1).
    QByteArray block;
    while (block.size() < MaxHeaderBlock && !file.atEnd()) {
        const QByteArray piece = file.read(16 * 1024);
        if (piece.isEmpty())
            break;
        block += piece;
        if (block.contains("\n\r\n") || block.contains("\n\n") || block.startsWith("\r\n"))
            break;
    }
    return parseHeaders(block);
}

ParsedMessage MessageParser::parse(const QByteArray& bytes)
{
    return parseBytes(bytes, false);
}

ParsedMessage MessageParser::parseHeaders(const QByteArray& bytes)
{
    qsizetype end = bytes.size();
    if (bytes.startsWith("\r\n") || bytes.startsWith("\n")) {
        end = 0;
    } else {
        const qsizetype crlf = bytes.indexOf("\n\r\n");
        const qsizetype lf = bytes.indexOf("\n\n");
        if (crlf >= 0 && (lf < 0 || crlf < lf))
            end = crlf + 1;
        else if (lf >= 0)
            end = lf + 1;
    }
    return parseBytes(bytes.left(end) + "\r\n", true);
}

ParsedMessage MessageParser::parseBytes(const QByteArray& bytes, bool headersOnly)
{
    initGMime();
    ParsedMessage out;
    out.raw = bytes;
    out.headersOnly = headersOnly;
    if (bytes.trimmed().isEmpty()) {
        out.error = tr("The file is empty.");
        return out;
    }

    GObjectPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(bytes.constData(), size_t(bytes.size())));
    GObjectPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
    GObjectPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), nullptr));
    if (!message) {
        out.error = tr("This is not an Internet message (RFC 5322).");
        return out;
    }

    // GMime files the top-level Content-* fields under the body part, not the message; the
    // person wants every field of the header block in the order written (RFC 5322 §3.6 sets no
    // order), so both lists are merged by their position in the stream.
    QList<QPair<gint64, ParsedHeader>> fields;
    auto collect = [&fields](GMimeObject* object) {
        GMimeHeaderList* list = object ? g_mime_object_get_header_list(object) : nullptr;
        const int count = list ? g_mime_header_list_get_count(list) : 0;
        for (int i = 0; i < count; ++i) {
            GMimeHeader* h = g_mime_header_list_get_header_at(list, i);
            ParsedHeader header;
            header.name = fromUtf8(g_mime_header_get_name(h));
            header.value = fromUtf8(g_mime_header_get_value(h)).trimmed();
            header.rawValue = fromUtf8(g_mime_header_get_raw_value(h)).trimmed();
            fields.append({g_mime_header_get_offset(h), header});
        }
    };
    collect(GMIME_OBJECT(message.get()));
    collect(g_mime_message_get_mime_part(message.get()));
    std::stable_sort(fields.begin(), fields.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& field : qAsConst(fields))
        out.headers.append(field.second);

    out.from = addresses(message.get(), GMIME_ADDRESS_TYPE_FROM);
    out.sender = addresses(message.get(), GMIME_ADDRESS_TYPE_SENDER);
    out.replyTo = addresses(message.get(), GMIME_ADDRESS_TYPE_REPLY_TO);
    out.to = addresses(message.get(), GMIME_ADDRESS_TYPE_TO);
    out.cc = addresses(message.get(), GMIME_ADDRESS_TYPE_CC);
    out.bcc = addresses(message.get(), GMIME_ADDRESS_TYPE_BCC);
    out.subject = fromUtf8(g_mime_message_get_subject(message.get()));
    out.messageId = fromUtf8(g_mime_message_get_message_id(message.get()));
    if (GDateTime* date = g_mime_message_get_date(message.get())) {
        // RFC 5322 §3.3: keep the sender's zone offset, as the header states it.
        const int offsetSeconds = int(g_date_time_get_utc_offset(date) / G_TIME_SPAN_SECOND);
        out.date = QDateTime::fromSecsSinceEpoch(g_date_time_to_unix(date), Qt::OffsetFromUTC, offsetSeconds);
    }

    if (!headersOnly) {
        PartCollector collector(&out);
        if (GMimeObject* body = g_mime_message_get_mime_part(message.get()))
            collector.walk(body);
        collector.finish();
    }
    out.valid = true;
    return out;
}
