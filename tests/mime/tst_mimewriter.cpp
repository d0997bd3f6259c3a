// MimeWriter: exact bytes and structure, exact size(), streaming (tiny reads, a 50 MB attachment
// in bounded memory), envelopes, transfer encodings, header injection, files that change size.
#include "MailMessage.h"
#include "MimeWriter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kFrom = QStringLiteral("alice@example.com");

QDateTime fixedDate()
{
    return QDateTime(QDate(2024, 2, 29), QTime(13, 5, 9), Qt::OffsetFromUTC, 8 * 3600);
}

MailMessage basicMessage()
{
    MailMessage m;
    m.from = {QStringLiteral("Alice Example"), kFrom};
    m.to = {{QStringLiteral("Bob"), QStringLiteral("bob@example.org")}};
    m.subject = QStringLiteral("Hello");
    m.date = fixedDate();
    m.messageId = QStringLiteral("fixed-id@example.com");
    m.textBody = QStringLiteral("Hi Bob,\n.\n..leading dots\nend");
    return m;
}

std::unique_ptr<MimeWriter> make(const MailMessage& m, bool allow8Bit = false)
{
    MimeWriter::Options options;
    options.allow8Bit = allow8Bit;
    QString error;
    auto writer = MimeWriter::create(m, options, &error);
    if (!writer)
        qWarning() << "create failed:" << error;
    return writer;
}

// Reads with sizes 1, 2, ..., 7, 1, 2, ... checking the device's promises on the way.
QByteArray readTiny(MimeWriter& writer)
{
    QByteArray out;
    char buffer[8];
    int step = 0;
    while (!writer.atEnd()) {
        if (writer.bytesAvailable() <= 0) {
            qWarning() << "bytesAvailable() is 0 before the end";
            return {};
        }
        const qint64 n = writer.read(buffer, 1 + (step++ % 7));
        if (n <= 0) {
            qWarning() << "read returned" << n << writer.errorString();
            return {};
        }
        out.append(buffer, int(n));
    }
    return out;
}

// Boundaries are random; give them stable names in order of appearance.
QByteArray normaliseBoundaries(QByteArray message)
{
    static const QRegularExpression re(QStringLiteral("boundary=\"(=_[0-9a-f]{32})\""));
    QStringList found;
    auto it = re.globalMatch(QString::fromLatin1(message));
    while (it.hasNext())
        found << it.next().captured(1);
    for (int i = 0; i < found.size(); ++i)
        message.replace(found.at(i).toLatin1(), "BOUNDARY" + QByteArray::number(i + 1));
    return message;
}

// RFC 5322 §2.1.1 / RFC 5321 §4.5.3.1.6: CRLF only, lines ≤ 998, ending in CRLF.
QString wireProblem(const QByteArray& message)
{
    if (!message.endsWith("\r\n"))
        return QStringLiteral("does not end with CRLF");
    int lineStart = 0;
    for (int i = 0; i < message.size(); ++i) {
        if (message.at(i) == '\n') {
            if (i == 0 || message.at(i - 1) != '\r')
                return QStringLiteral("bare LF at %1").arg(i);
            if (i - 1 - lineStart > 998)
                return QStringLiteral("line of %1 characters at %2").arg(i - 1 - lineStart).arg(lineStart);
            lineStart = i + 1;
        } else if (message.at(i) == '\r' && (i + 1 >= message.size() || message.at(i + 1) != '\n')) {
            return QStringLiteral("bare CR at %1").arg(i);
        } else if (message.at(i) == '\0') {
            return QStringLiteral("NUL at %1").arg(i);
        }
    }
    return {};
}

QByteArray headerBlock(const QByteArray& message)
{
    return message.left(message.indexOf("\r\n\r\n") + 2);
}

// Names of the fields in a header block; continuation lines checked to start with whitespace.
QList<QByteArray> fieldNames(const QByteArray& block)
{
    QList<QByteArray> names;
    for (const QByteArray& line : block.split('\n')) {
        const QByteArray l = line.endsWith('\r') ? line.chopped(1) : line;
        if (l.isEmpty() || l.startsWith(' ') || l.startsWith('\t'))
            continue;
        names << l.left(l.indexOf(':'));
    }
    return names;
}

// Every header block in the message: the top one and each body part's.
QList<QByteArray> allHeaderBlocks(const QByteArray& message)
{
    QList<QByteArray> blocks{headerBlock(message)};
    static const QRegularExpression delimiter(QStringLiteral("\r\n--=_[0-9a-f]{32}\r\n|^--=_[0-9a-f]{32}\r\n"),
                                              QRegularExpression::MultilineOption);
    auto it = delimiter.globalMatch(QString::fromLatin1(message));
    while (it.hasNext()) {
        const int start = int(it.next().capturedEnd());
        const int end = int(message.indexOf("\r\n\r\n", start));
        blocks << message.mid(start, end + 2 - start);
    }
    return blocks;
}

QStringList contentTypes(const QByteArray& message)
{
    QByteArray unfolded = message;
    unfolded.replace("\r\n ", " ");
    static const QRegularExpression re(QStringLiteral("^Content-Type: ([^;\\r\\n]+)"), QRegularExpression::MultilineOption);
    QStringList out;
    auto it = re.globalMatch(QString::fromUtf8(unfolded));
    while (it.hasNext())
        out << it.next().captured(1);
    return out;
}

// The encoded body of the part whose header contains marker.
QByteArray partBody(const QByteArray& message, const QByteArray& marker)
{
    const int at = int(message.indexOf(marker));
    if (at < 0)
        return "<marker not found>";
    const int start = int(message.indexOf("\r\n\r\n", at)) + 4;
    int end = int(message.indexOf("\r\n--=_", start));
    if (end < 0)
        end = int(message.size());
    return message.mid(start, end - start);
}

QByteArray decodeQuotedPrintable(const QByteArray& in)
{
    QByteArray out;
    for (int i = 0; i < in.size(); ++i) {
        if (in.at(i) != '=') {
            out += in.at(i);
        } else if (in.mid(i + 1, 2) == "\r\n") {
            i += 2; // soft line break
        } else {
            out += char(in.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        }
    }
    return out;
}

QByteArray decodeBody(const QByteArray& body, const QByteArray& transferEncoding)
{
    if (transferEncoding == "base64")
        return QByteArray::fromBase64(body);
    if (transferEncoding == "quoted-printable")
        return decodeQuotedPrintable(body);
    return body;
}

// AddressSanitizer's quarantine keeps freed blocks resident, so RSS says nothing under it.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kRssIsMeaningful = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kRssIsMeaningful = false;
#else
constexpr bool kRssIsMeaningful = true;
#endif
#else
constexpr bool kRssIsMeaningful = true;
#endif

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

class TestMimeWriter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void textOnlyExact();
    void multipartExact();
    void structure_data();
    void structure();
    void sizeMatchesAndAttachmentsRoundTrip_data();
    void sizeMatchesAndAttachmentsRoundTrip();
    void tinyReadsEqualOneBigRead();
    void largeAttachmentStreamsInBoundedMemory();
    void noBccHeader();
    void envelope();
    void smtpUtf8();
    void transferEncodings_data();
    void transferEncodings();
    void headerInjection_data();
    void headerInjection();
    void rejectedInput_data();
    void rejectedInput();
    void fileGrowsBeforeReading();
    void fileShrinksWhileReading();
    void fileGrowsWhileReading();
    void fileDeletedBeforeReading();
    void identifiersAndDate();
    void mimeTypes();
    void randomBoundaries();

private:
    QString writeFile(const QString& name, const QByteArray& content);
    QTemporaryDir m_dir;
};

void TestMimeWriter::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestMimeWriter::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestMimeWriter::textOnlyExact()
{
    auto writer = make(basicMessage());
    QVERIFY(writer);
    const QByteArray expected = "Date: Thu, 29 Feb 2024 13:05:09 +0800\r\n"
                                "From: Alice Example <alice@example.com>\r\n"
                                "To: Bob <bob@example.org>\r\n"
                                "Subject: Hello\r\n"
                                "Message-ID: <fixed-id@example.com>\r\n"
                                "MIME-Version: 1.0\r\n"
                                "Content-Type: text/plain; charset=utf-8\r\n"
                                "Content-Transfer-Encoding: 7bit\r\n"
                                "\r\n"
                                "Hi Bob,\r\n"
                                ".\r\n"
                                "..leading dots\r\n"
                                "end\r\n";
    QCOMPARE(writer->size(), qint64(expected.size()));
    QCOMPARE(writer->readAll(), expected);
    QVERIFY(writer->atEnd());
    QCOMPARE(writer->bytesAvailable(), 0);
    QCOMPARE(writer->messageId(), QStringLiteral("fixed-id@example.com"));
    QVERIFY(!writer->needs8BitMime());
    QVERIFY(!writer->needsSmtpUtf8());
}

void TestMimeWriter::multipartExact()
{
    MailMessage m = basicMessage();
    m.textBody = QStringLiteral("Plain");
    m.htmlBody = QStringLiteral("<p>Hi <img src=\"cid:logo@example.com\"></p>");
    m.cc = {{QStringLiteral("Doe, Jane"), QStringLiteral("jane@example.net")}};
    m.replyTo = {{QString(), QStringLiteral("replies@example.com")}};
    m.inReplyTo = QStringLiteral("<parent@example.org>");
    m.references = {QStringLiteral("root@example.org"), QStringLiteral("parent@example.org")};
    m.extraHeaders = {{"X-Mailer", QStringLiteral("Qourier")}};
    m.inlineImages = {{writeFile(QStringLiteral("logo.png"), "PNGDATA"), QString(), QString(), QStringLiteral("logo@example.com")}};
    m.attachments = {{writeFile(QStringLiteral("a.txt"), "hello world"), QStringLiteral("报告.txt"), QStringLiteral("text/plain"), QString()},
                     {writeFile(QStringLiteral("empty.bin"), QByteArray()), QString(), QStringLiteral("application/octet-stream"), QString()}};
    auto writer = make(m);
    QVERIFY(writer);
    const QByteArray bytes = writer->readAll();
    QCOMPARE(qint64(bytes.size()), writer->size());
    QCOMPARE(wireProblem(bytes), QString());
    const QByteArray expected =
        "Date: Thu, 29 Feb 2024 13:05:09 +0800\r\n"
        "From: Alice Example <alice@example.com>\r\n"
        "Reply-To: replies@example.com\r\n"
        "To: Bob <bob@example.org>\r\n"
        "Cc: \"Doe, Jane\" <jane@example.net>\r\n"
        "Subject: Hello\r\n"
        "Message-ID: <fixed-id@example.com>\r\n"
        "In-Reply-To: <parent@example.org>\r\n"
        "References: <root@example.org> <parent@example.org>\r\n"
        "MIME-Version: 1.0\r\n"
        "X-Mailer: Qourier\r\n"
        "Content-Type: multipart/mixed; boundary=\"BOUNDARY1\"\r\n"
        "\r\n"
        "--BOUNDARY1\r\n"
        "Content-Type: multipart/alternative;\r\n boundary=\"BOUNDARY2\"\r\n"
        "\r\n"
        "--BOUNDARY2\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 7bit\r\n"
        "\r\n"
        "Plain\r\n"
        "\r\n"
        "--BOUNDARY2\r\n"
        "Content-Type: multipart/related; type=\"text/html\";\r\n boundary=\"BOUNDARY3\"\r\n"
        "\r\n"
        "--BOUNDARY3\r\n"
        "Content-Type: text/html; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 7bit\r\n"
        "\r\n"
        "<p>Hi <img src=\"cid:logo@example.com\"></p>\r\n"
        "\r\n"
        "--BOUNDARY3\r\n"
        "Content-Type: image/png; name=\"logo.png\"\r\n"
        "Content-Transfer-Encoding: base64\r\n"
        "Content-ID: <logo@example.com>\r\n"
        "Content-Disposition: inline; filename=logo.png\r\n"
        "\r\n"
        "UE5HREFUQQ==\r\n"
        "--BOUNDARY3--\r\n"
        "--BOUNDARY2--\r\n"
        "--BOUNDARY1\r\n"
        "Content-Type: text/plain; name=\"=?UTF-8?B?5oql5ZGKLnR4dA==?=\"\r\n"
        "Content-Transfer-Encoding: base64\r\n"
        "Content-Disposition: attachment; filename*=utf-8''%E6%8A%A5%E5%91%8A.txt\r\n"
        "\r\n"
        "aGVsbG8gd29ybGQ=\r\n"
        "--BOUNDARY1\r\n"
        "Content-Type: application/octet-stream; name=\"empty.bin\"\r\n"
        "Content-Transfer-Encoding: base64\r\n"
        "Content-Disposition: attachment; filename=empty.bin\r\n"
        "\r\n"
        "\r\n"
        "--BOUNDARY1--\r\n";
    QCOMPARE(normaliseBoundaries(bytes), expected);
}

void TestMimeWriter::structure_data()
{
    QTest::addColumn<bool>("text");
    QTest::addColumn<bool>("html");
    QTest::addColumn<bool>("images");
    QTest::addColumn<bool>("attachments");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("text only") << true << false << false << false << QStringList{"text/plain"};
    QTest::addRow("empty text") << false << false << false << false << QStringList{"text/plain"};
    QTest::addRow("text + html") << true << true << false << false
                                 << QStringList{"multipart/alternative", "text/plain", "text/html"};
    QTest::addRow("html only") << false << true << false << false << QStringList{"text/html"};
    QTest::addRow("text + html + inline images")
        << true << true << true << false
        << QStringList{"multipart/alternative", "text/plain", "multipart/related", "text/html", "image/png", "image/jpeg"};
    QTest::addRow("html + inline images") << false << true << true << false
                                          << QStringList{"multipart/related", "text/html", "image/png", "image/jpeg"};
    QTest::addRow("text + attachments") << true << false << false << true
                                        << QStringList{"multipart/mixed", "text/plain", "application/pdf", "application/zip"};
    QTest::addRow("everything")
        << true << true << true << true
        << QStringList{"multipart/mixed", "multipart/alternative", "text/plain", "multipart/related", "text/html",
                       "image/png", "image/jpeg", "application/pdf", "application/zip"};
    QTest::addRow("inline images without html")
        << true << false << true << false << QStringList{"multipart/mixed", "text/plain", "image/png", "image/jpeg"};
}

void TestMimeWriter::structure()
{
    QFETCH(bool, text);
    QFETCH(bool, html);
    QFETCH(bool, images);
    QFETCH(bool, attachments);
    QFETCH(QStringList, expected);
    MailMessage m = basicMessage();
    m.textBody = text ? QStringLiteral("text") : QString();
    m.htmlBody = html ? QStringLiteral("<b>html</b>") : QString();
    if (images) {
        m.inlineImages = {{writeFile(QStringLiteral("i1.png"), "png"), QString(), QString(), QStringLiteral("i1@x")},
                          {writeFile(QStringLiteral("i2.jpg"), "jpg"), QString(), QString(), QStringLiteral("i2@x")}};
    }
    if (attachments) {
        m.attachments = {{writeFile(QStringLiteral("doc.pdf"), "%PDF-1.4"), QString(), QString(), QString()},
                         {writeFile(QStringLiteral("z.zip"), "PK"), QString(), QString(), QString()}};
    }
    auto writer = make(m);
    QVERIFY(writer);
    const QByteArray bytes = writer->readAll();
    QCOMPARE(qint64(bytes.size()), writer->size());
    QCOMPARE(wireProblem(bytes), QString());
    QCOMPARE(contentTypes(bytes), expected);
    if (images) {
        QVERIFY(bytes.contains("Content-ID: <i1@x>\r\nContent-Disposition: inline; filename=i1.png\r\n"));
        QVERIFY(bytes.contains("Content-ID: <i2@x>\r\nContent-Disposition: inline; filename=i2.jpg\r\n"));
    }
    if (attachments)
        QVERIFY(bytes.contains("Content-Disposition: attachment; filename=doc.pdf\r\n"));
}

void TestMimeWriter::sizeMatchesAndAttachmentsRoundTrip_data()
{
    QTest::addColumn<qint64>("fileSize");
    const qint64 chunk = MimeWriter::FileChunkSize;
    for (qint64 size : {qint64(0), qint64(1), qint64(2), qint64(3), qint64(56), qint64(57), qint64(58), qint64(114),
                        qint64(1000), chunk - 1, chunk, chunk + 1, 2 * chunk + 57, 3 * chunk + 5})
        QTest::addRow("%lld bytes", size) << size;
}

void TestMimeWriter::sizeMatchesAndAttachmentsRoundTrip()
{
    QFETCH(qint64, fileSize);
    QByteArray content(int(fileSize), Qt::Uninitialized);
    QRandomGenerator rng(quint32(fileSize) + 7);
    for (char& c : content)
        c = char(rng.bounded(256));
    MailMessage m = basicMessage();
    m.attachments = {{writeFile(QStringLiteral("blob.bin"), content), QString(), QString(), QString()},
                     {writeFile(QStringLiteral("second.bin"), content.left(int(fileSize / 2))), QString(), QString(), QString()}};
    auto big = make(m);
    auto tiny = make(m);
    QVERIFY(big && tiny);
    const QByteArray bytes = big->readAll();
    QCOMPARE(qint64(bytes.size()), big->size());
    QCOMPARE(big->envelope().size, big->size());
    QCOMPARE(wireProblem(bytes), QString());
    const QByteArray tinyBytes = readTiny(*tiny);
    QCOMPARE(qint64(tinyBytes.size()), tiny->size());

    const QByteArray encoded = partBody(bytes, "filename=blob.bin");
    for (const QByteArray& line : encoded.split('\n'))
        QVERIFY(line.size() <= 77); // 76 + the CR
    QCOMPARE(QByteArray::fromBase64(encoded), content);
    QCOMPARE(QByteArray::fromBase64(partBody(bytes, "filename=second.bin")), content.left(int(fileSize / 2)));
}

void TestMimeWriter::tinyReadsEqualOneBigRead()
{
    MailMessage m = basicMessage();
    m.subject = QStringLiteral("流式 streaming 😀 test");
    m.textBody = QStringLiteral("简体中文正文。\n").repeated(50);
    m.htmlBody = QStringLiteral("<p>café</p>");
    m.inlineImages = {{writeFile(QStringLiteral("img.png"), QByteArray(3000, 'i')), QString(), QString(), QStringLiteral("img@x")}};
    QByteArray blob(int(MimeWriter::FileChunkSize * 2 + 123), Qt::Uninitialized);
    for (int i = 0; i < blob.size(); ++i)
        blob[i] = char(i * 7 + 3);
    m.attachments = {{writeFile(QStringLiteral("blob.bin"), blob), QString(), QString(), QString()},
                     {writeFile(QStringLiteral("none.bin"), QByteArray()), QString(), QString(), QString()}};

    auto one = make(m);
    auto tiny = make(m);
    QVERIFY(one && tiny);
    QCOMPARE(one->size(), tiny->size());
    const QByteArray big = one->readAll();
    const QByteArray small = readTiny(*tiny);
    QCOMPARE(qint64(small.size()), tiny->size());
    QVERIFY(tiny->atEnd());
    QCOMPARE(tiny->bytesAvailable(), 0);
    char c;
    QCOMPARE(tiny->read(&c, 1), qint64(0)); // the end stays the end
    QCOMPARE(normaliseBoundaries(small), normaliseBoundaries(big));
    QCOMPARE(wireProblem(big), QString());
}

void TestMimeWriter::largeAttachmentStreamsInBoundedMemory()
{
    const qint64 total = 50 * 1024 * 1024;
    const QString path = m_dir.filePath(QStringLiteral("big.bin"));
    QCryptographicHash fileHash(QCryptographicHash::Sha256);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QRandomGenerator rng(42);
        QByteArray block(1024 * 1024, Qt::Uninitialized);
        for (qint64 written = 0; written < total; written += block.size()) {
            rng.fillRange(reinterpret_cast<quint32*>(block.data()), block.size() / 4);
            fileHash.addData(block);
            QCOMPARE(file.write(block), qint64(block.size()));
        }
    }
    MailMessage m = basicMessage();
    m.attachments = {{path, QString(), QStringLiteral("application/octet-stream"), QString()}};
    auto writer = make(m);
    QVERIFY(writer);
    const qint64 expectedEncoded = (total + 56) / 57 * 78 - 2; // full 76-char lines + CRLF, last without
    QVERIFY(writer->size() > expectedEncoded);

    const qint64 rssBefore = residentKiB();
    qint64 rssMax = rssBefore;
    // Decode the attachment as it streams past: lines between its blank line and the boundary.
    enum { Headers, Blank, Body, Done } state = Headers;
    QCryptographicHash decodedHash(QCryptographicHash::Sha256);
    qint64 decoded = 0;
    QByteArray pendingLine;
    qint64 read = 0;
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    int iterations = 0;
    while (!writer->atEnd()) {
        QVERIFY2(writer->bytesAvailable() > 0, "nothing available before the end");
        QVERIFY2(writer->bytesAvailable() <= 1024 * 1024, "the writer holds more than 1 MB");
        const qint64 n = writer->read(buffer.data(), buffer.size());
        QVERIFY2(n > 0, qPrintable(writer->errorString()));
        read += n;
        pendingLine.append(buffer.constData(), int(n));
        int lineStart = 0;
        for (int nl = int(pendingLine.indexOf('\n')); nl >= 0; nl = int(pendingLine.indexOf('\n', lineStart))) {
            const QByteArray line = pendingLine.mid(lineStart, nl - 1 - lineStart);
            lineStart = nl + 1;
            if (state == Headers && line == "Content-Disposition: attachment; filename=big.bin")
                state = Blank;
            else if (state == Blank && line.isEmpty())
                state = Body;
            else if (state == Body && line.startsWith("--=_"))
                state = Done;
            else if (state == Body) {
                QVERIFY(line.size() == 76 || decoded + 57 >= total);
                const QByteArray raw = QByteArray::fromBase64(line);
                decodedHash.addData(raw);
                decoded += raw.size();
            }
        }
        pendingLine.remove(0, lineStart);
        if (++iterations % 64 == 0)
            rssMax = qMax(rssMax, residentKiB());
    }
    QCOMPARE(read, writer->size());
    QCOMPARE(state, Done);
    QCOMPARE(decoded, total);
    QCOMPARE(decodedHash.result(), fileHash.result());
    // The process must not have grown by anything like the 50 MB file or its 68 MB encoding.
    qInfo("resident memory grew by %lld KiB while streaming 50 MB", rssMax - rssBefore);
    if (rssBefore > 0 && kRssIsMeaningful)
        QVERIFY2(rssMax - rssBefore < 16 * 1024, qPrintable(QStringLiteral("RSS grew by %1 KiB").arg(rssMax - rssBefore)));
    QFile::remove(path);
}

void TestMimeWriter::noBccHeader()
{
    MailMessage m = basicMessage();
    m.bcc = {{QStringLiteral("Secret Person"), QStringLiteral("hidden-recipient@example.net")}};
    m.cc = {{QString(), QStringLiteral("visible@example.net")}};
    auto writer = make(m);
    QVERIFY(writer);
    const QByteArray bytes = writer->readAll();
    for (const QByteArray& name : fieldNames(headerBlock(bytes)))
        QVERIFY2(name.toLower() != "bcc", bytes.constData());
    QVERIFY(!bytes.contains("hidden-recipient"));
    QVERIFY(!bytes.contains("Secret"));
    QVERIFY(bytes.contains("Cc: visible@example.net\r\n"));
    QVERIFY(writer->envelope().recipients.contains(QStringLiteral("hidden-recipient@example.net")));
}

void TestMimeWriter::envelope()
{
    MailMessage m = basicMessage();
    m.to = {{QString(), QStringLiteral("a@Example.com")}, {QString(), QStringLiteral("user@例子.中国")}};
    m.cc = {{QStringLiteral("Same"), QStringLiteral("a@example.com")}, {QString(), QStringLiteral("A@example.com")}};
    m.bcc = {{QString(), QStringLiteral("user@xn--fsqu00a.xn--fiqs8s")}, {QString(), QStringLiteral("b@example.com")}};
    const SmtpEnvelope plain = m.envelope();
    QCOMPARE(plain.from, kFrom);
    QCOMPARE(plain.recipients, (QStringList{"a@Example.com", "user@例子.中国", "A@example.com", "b@example.com"}));
    QCOMPARE(plain.size, qint64(-1));
    QVERIFY(!plain.eightBit);

    m.textBody = QStringLiteral("非ASCII正文");
    auto writer = make(m, true);
    QVERIFY(writer);
    const SmtpEnvelope env = writer->envelope();
    QCOMPARE(env.from, plain.from);
    QCOMPARE(env.recipients, plain.recipients);
    QCOMPARE(env.size, writer->size());
    QVERIFY(env.eightBit);
    QVERIFY(writer->needs8BitMime());
}

void TestMimeWriter::smtpUtf8()
{
    MailMessage m = basicMessage();
    m.to = {{QString(), QStringLiteral("user@例子.中国")}};
    auto asciiLocal = make(m);
    QVERIFY(asciiLocal);
    QVERIFY(!asciiLocal->needsSmtpUtf8()); // an IDN domain alone goes as A-labels
    QVERIFY(asciiLocal->readAll().contains("To: user@xn--fsqu00a.xn--fiqs8s\r\n"));

    m.bcc = {{QString(), QStringLiteral("用户@example.com")}};
    auto bcc = make(m);
    QVERIFY(bcc);
    QVERIFY(bcc->needsSmtpUtf8()); // even when only Bcc needs it: RCPT TO carries it
    QVERIFY(!bcc->readAll().contains(QStringLiteral("用户").toUtf8()));

    m.bcc.clear();
    m.messageId.clear();
    m.from = {QStringLiteral("张三"), QStringLiteral("张三@例子.中国")};
    auto from = make(m);
    QVERIFY(from);
    QVERIFY(from->needsSmtpUtf8());
    const QByteArray bytes = from->readAll();
    // RFC 6532 §3.2: the address itself is UTF-8; the name is still an encoded-word.
    QVERIFY(bytes.contains("From: =?UTF-8?B?5byg5LiJ?= <" + QStringLiteral("张三").toUtf8() + "@xn--fsqu00a.xn--fiqs8s>\r\n"));
    QVERIFY(from->messageId().endsWith(QLatin1String("@xn--fsqu00a.xn--fiqs8s")));
}

void TestMimeWriter::transferEncodings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("allow8Bit");
    QTest::addColumn<QByteArray>("encoding");
    QTest::addRow("ASCII") << QStringLiteral("plain text\nline two") << false << QByteArray("7bit");
    QTest::addRow("ASCII, 900-character line stays 7bit") << QString(900, QLatin1Char('a')) << false << QByteArray("7bit");
    QTest::addRow("ASCII, 2000-character line") << QString(2000, QLatin1Char('a')) << false << QByteArray("quoted-printable");
    QTest::addRow("mostly ASCII") << QStringLiteral("Café au lait, crème brûlée and a long English sentence.") << false
                                  << QByteArray("quoted-printable");
    QTest::addRow("Chinese") << QStringLiteral("这是一封中文邮件。\n第二行。") << false << QByteArray("base64");
    QTest::addRow("Chinese with 8BITMIME") << QStringLiteral("这是一封中文邮件。\n第二行。") << true << QByteArray("8bit");
    QTest::addRow("Chinese 8BITMIME but a 400-character line")
        << QString(400, QChar(0x4E2D)) << true << QByteArray("base64"); // 1200 octets > 998
    QTest::addRow("ASCII with NUL") << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << true << QByteArray("quoted-printable");
    QTest::addRow("trailing spaces, =, dots")
        << QStringLiteral("Mostly ASCII text that makes quoted-printable the shorter choice.\nx = y  \n.\n..\n=\n\t") + QChar(0xE9) << false
                                              << QByteArray("quoted-printable");
    QTest::addRow("mixed line ends") << QStringLiteral("a\r\nb\rc\nd\r\n\r\ne") << false << QByteArray("7bit");
    QTest::addRow("emoji") << QStringLiteral("😀🎉").repeated(30) << false << QByteArray("base64");
}

void TestMimeWriter::transferEncodings()
{
    QFETCH(QString, text);
    QFETCH(bool, allow8Bit);
    QFETCH(QByteArray, encoding);
    MailMessage m = basicMessage();
    m.textBody = text;
    auto writer = make(m, allow8Bit);
    QVERIFY(writer);
    const QByteArray bytes = writer->readAll();
    QCOMPARE(qint64(bytes.size()), writer->size());
    QCOMPARE(wireProblem(bytes), QString());
    QVERIFY2(bytes.contains("Content-Transfer-Encoding: " + encoding + "\r\n"), headerBlock(bytes).constData());
    QCOMPARE(writer->needs8BitMime(), encoding == "8bit");
    if (encoding != "8bit")
        QVERIFY(!QByteArray(bytes).contains(QByteArray(1, char(0xE4)))); // no raw UTF-8 lead bytes

    QByteArray body = bytes.mid(bytes.indexOf("\r\n\r\n") + 4);
    if (encoding == "base64" || encoding == "quoted-printable") {
        for (const QByteArray& line : body.split('\n'))
            QVERIFY2(line.size() <= 77, line.constData()); // 76 + CR
    }
    if (encoding == "base64")
        body.chop(2); // the CRLF that ends the message
    // Canonical text: CRLF line ends, and a final line break.
    QString canonical = text;
    canonical.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    if (!canonical.endsWith(QLatin1Char('\n')))
        canonical += QLatin1Char('\n');
    canonical.replace(QLatin1String("\n"), QLatin1String("\r\n"));
    QCOMPARE(QString::fromUtf8(decodeBody(body, encoding)), canonical);
}

void TestMimeWriter::headerInjection_data()
{
    QTest::addColumn<QString>("field");
    const QStringList fields = {"subject", "to name", "from name", "cc name", "reply-to name", "attachment name",
                                "inline name", "extra header value", "text body", "in-reply-to", "references"};
    for (const QString& field : fields)
        QTest::addRow("%s", qPrintable(field)) << field;
}

void TestMimeWriter::headerInjection()
{
    QFETCH(QString, field);
    const QString evil = QStringLiteral("x\r\nBcc: evil@example.com\r\nX-Injected: 1\n\rContent-Type: text/html\r\n\r\nbody");
    MailMessage m = basicMessage();
    m.htmlBody = QStringLiteral("<p>cid</p>");
    m.inlineImages = {{writeFile(QStringLiteral("in.png"), "png"), QStringLiteral("in.png"), QString(), QStringLiteral("in@x")}};
    m.attachments = {{writeFile(QStringLiteral("at.bin"), "bin"), QStringLiteral("at.bin"), QString(), QString()}};
    if (field == QLatin1String("subject"))
        m.subject = evil;
    else if (field == QLatin1String("to name"))
        m.to.first().name = evil;
    else if (field == QLatin1String("from name"))
        m.from.name = evil;
    else if (field == QLatin1String("cc name"))
        m.cc = {{evil, QStringLiteral("c@example.com")}};
    else if (field == QLatin1String("reply-to name"))
        m.replyTo = {{evil, QStringLiteral("r@example.com")}};
    else if (field == QLatin1String("attachment name"))
        m.attachments.first().fileName = evil;
    else if (field == QLatin1String("inline name"))
        m.inlineImages.first().fileName = evil + QStringLiteral("中文");
    else if (field == QLatin1String("extra header value"))
        m.extraHeaders = {{"X-Custom", evil}};
    else if (field == QLatin1String("text body"))
        m.textBody = evil;
    else if (field == QLatin1String("in-reply-to"))
        m.inReplyTo = evil;
    else if (field == QLatin1String("references"))
        m.references = {QStringLiteral("ok@example.com"), evil};

    auto writer = make(m);
    QVERIFY(writer);
    const QByteArray bytes = writer->readAll();
    QCOMPARE(wireProblem(bytes), QString());
    static const QSet<QByteArray> allowed = {"Date", "From", "Reply-To", "To", "Cc", "Subject", "Message-ID", "In-Reply-To",
                                             "References", "MIME-Version", "X-Custom", "Content-Type",
                                             "Content-Transfer-Encoding", "Content-Disposition", "Content-ID"};
    const QList<QByteArray> blocks = allHeaderBlocks(bytes);
    QCOMPARE(blocks.size(), 7); // message, alternative, text, related, html, image, attachment
    for (const QByteArray& block : blocks) {
        for (const QByteArray& name : fieldNames(block))
            QVERIFY2(allowed.contains(name), qPrintable(QStringLiteral("unexpected field \"%1\" in:\n%2").arg(QString::fromUtf8(name), QString::fromUtf8(block))));
    }
    // The body may say anything, even "Content-Type:" at the start of a line: it stays body text.
    if (field != QLatin1String("text body"))
        QCOMPARE(contentTypes(bytes).count(QStringLiteral("text/html")), 1);
    if (field == QLatin1String("in-reply-to"))
        QVERIFY(!bytes.contains("In-Reply-To"));
    if (field == QLatin1String("references"))
        QVERIFY(bytes.contains("References: <ok@example.com>\r\n"));
}

void TestMimeWriter::rejectedInput_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("errorFragment");
    QTest::addRow("empty From") << "empty from" << "no sender (From) address";
    QTest::addRow("invalid From") << "invalid from" << "The From address \"alice@\" is not valid: the domain is missing";
    QTest::addRow("invalid To") << "invalid to" << "The To address \"bob\" is not valid";
    QTest::addRow("invalid Bcc") << "invalid bcc" << "The Bcc address \"x@y\r\nz\" is not valid: it contains a line break";
    QTest::addRow("missing attachment") << "missing file" << "does-not-exist.bin\" does not exist";
    QTest::addRow("directory attachment") << "directory" << "is not a regular file";
    QTest::addRow("unreadable attachment") << "unreadable" << "cannot be read";
    QTest::addRow("extra header name with CRLF") << "header name" << "is not a valid header name";
    QTest::addRow("extra Bcc header") << "bcc header" << "The header \"Bcc\" cannot be set as an extra header.";
    QTest::addRow("extra Content-Type header") << "content-type header" << "cannot be set as an extra header";
    QTest::addRow("MIME type with CRLF") << "mime type" << "is not a valid MIME type";
    QTest::addRow("Content-ID with CRLF") << "content id" << "is not valid";
    QTest::addRow("Message-ID with CRLF") << "message id" << "The Message-ID";
    QTest::addRow("Message-ID without @") << "message id no at" << "The Message-ID \"nodomain\" is not valid.";
}

void TestMimeWriter::rejectedInput()
{
    QFETCH(QString, what);
    QFETCH(QString, errorFragment);
    MailMessage m = basicMessage();
    if (what == QLatin1String("empty from"))
        m.from = {QStringLiteral("Nobody"), QString()};
    else if (what == QLatin1String("invalid from"))
        m.from.address = QStringLiteral("alice@");
    else if (what == QLatin1String("invalid to"))
        m.to = {{QString(), QStringLiteral("bob")}};
    else if (what == QLatin1String("invalid bcc"))
        m.bcc = {{QString(), QStringLiteral("x@y\r\nz")}};
    else if (what == QLatin1String("missing file"))
        m.attachments = {{m_dir.filePath(QStringLiteral("does-not-exist.bin")), QString(), QString(), QString()}};
    else if (what == QLatin1String("directory"))
        m.attachments = {{m_dir.path(), QString(), QString(), QString()}};
    else if (what == QLatin1String("unreadable")) {
        const QString path = writeFile(QStringLiteral("secret.bin"), "x");
        QFile::setPermissions(path, QFileDevice::WriteOwner);
        QFile probe(path);
        if (probe.open(QIODevice::ReadOnly))
            QSKIP("running as root: permissions do not stop reading");
        m.attachments = {{path, QString(), QString(), QString()}};
    } else if (what == QLatin1String("header name"))
        m.extraHeaders = {{"X-A\r\nBcc", QStringLiteral("v")}};
    else if (what == QLatin1String("bcc header"))
        m.extraHeaders = {{"Bcc", QStringLiteral("evil@example.com")}};
    else if (what == QLatin1String("content-type header"))
        m.extraHeaders = {{"content-TYPE", QStringLiteral("text/html")}};
    else if (what == QLatin1String("mime type"))
        m.attachments = {{writeFile(QStringLiteral("m.bin"), "m"), QString(), QStringLiteral("text/plain\r\nBcc: x@y"), QString()}};
    else if (what == QLatin1String("content id")) {
        m.htmlBody = QStringLiteral("<p/>");
        m.inlineImages = {{writeFile(QStringLiteral("c.png"), "c"), QString(), QString(), QStringLiteral("a\r\nBcc: x@y")}};
    } else if (what == QLatin1String("message id"))
        m.messageId = QStringLiteral("a@b\r\nBcc: x@y");
    else if (what == QLatin1String("message id no at"))
        m.messageId = QStringLiteral("nodomain");

    QString error;
    auto writer = MimeWriter::create(m, MimeWriter::Options(), &error);
    QVERIFY(!writer);
    QVERIFY2(error.contains(errorFragment), qPrintable(error));
}

void TestMimeWriter::fileGrowsBeforeReading()
{
    const QString path = writeFile(QStringLiteral("grows.bin"), QByteArray(1000, 'g'));
    MailMessage m = basicMessage();
    m.attachments = {{path, QString(), QString(), QString()}};
    auto writer = make(m);
    QVERIFY(writer);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("more");
    }
    char buffer[4096];
    qint64 read = 0;
    qint64 n = 0;
    for (int i = 0; i < 1000 && (n = writer->read(buffer, sizeof buffer)) > 0; ++i)
        read += n;
    QCOMPARE(n, qint64(-1));
    QVERIFY(read < writer->size());
    QVERIFY2(writer->errorString().contains(QLatin1String("changed size")), qPrintable(writer->errorString()));
    QVERIFY(writer->errorString().contains(path));
    QVERIFY(writer->atEnd()); // nothing more will come: a reader loop ends
    QCOMPARE(writer->read(buffer, sizeof buffer), qint64(-1));
}

void TestMimeWriter::fileShrinksWhileReading()
{
    const QString path = writeFile(QStringLiteral("shrinks.bin"), QByteArray(int(MimeWriter::FileChunkSize * 4), 's'));
    MailMessage m = basicMessage();
    m.attachments = {{path, QString(), QString(), QString()}};
    auto writer = make(m);
    QVERIFY(writer);
    QByteArray first(int(MimeWriter::FileChunkSize), Qt::Uninitialized);
    QCOMPARE(writer->read(first.data(), first.size()), qint64(first.size())); // the file is open and being read
    QVERIFY(QFile::resize(path, 100));
    qint64 n = 0;
    for (int i = 0; i < 1000 && (n = writer->read(first.data(), first.size())) > 0; ++i) {
    }
    QCOMPARE(n, qint64(-1));
    QVERIFY2(writer->errorString().contains(QLatin1String("shrank")), qPrintable(writer->errorString()));
    QVERIFY(writer->atEnd());
}

void TestMimeWriter::fileGrowsWhileReading()
{
    const QString path = writeFile(QStringLiteral("grows2.bin"), QByteArray(int(MimeWriter::FileChunkSize * 3), 'w'));
    MailMessage m = basicMessage();
    m.attachments = {{path, QString(), QString(), QString()}};
    auto writer = make(m);
    QVERIFY(writer);
    QByteArray buffer(4096, Qt::Uninitialized);
    QCOMPARE(writer->read(buffer.data(), buffer.size()), qint64(buffer.size()));
    QCOMPARE(writer->read(buffer.data(), buffer.size()), qint64(buffer.size()));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("appended while sending");
    }
    qint64 read = 2 * buffer.size();
    qint64 n = 0;
    for (int i = 0; i < 10000 && (n = writer->read(buffer.data(), buffer.size())) > 0; ++i)
        read += n;
    QCOMPARE(n, qint64(-1));
    QVERIFY(read < writer->size()); // never the announced length with different content
    QVERIFY2(writer->errorString().contains(QLatin1String("grew")), qPrintable(writer->errorString()));
}

void TestMimeWriter::fileDeletedBeforeReading()
{
    const QString path = writeFile(QStringLiteral("gone.bin"), "soon gone");
    MailMessage m = basicMessage();
    m.attachments = {{path, QString(), QString(), QString()}};
    auto writer = make(m);
    QVERIFY(writer);
    QVERIFY(QFile::remove(path));
    const QByteArray partial = writer->readAll();
    QVERIFY(partial.size() < writer->size());
    QVERIFY2(writer->errorString().contains(QLatin1String("cannot be read")), qPrintable(writer->errorString()));
    QVERIFY(writer->atEnd());
}

void TestMimeWriter::identifiersAndDate()
{
    MailMessage m = basicMessage();
    m.messageId.clear();
    m.from.address = QStringLiteral("zhang@例子.中国");
    m.date = QDateTime(QDate(1969, 2, 13), QTime(23, 32, 54), Qt::OffsetFromUTC, -(3 * 3600 + 30 * 60));
    auto a = make(m);
    auto b = make(m);
    QVERIFY(a && b);
    static const QRegularExpression idPattern(QStringLiteral("^[0-9a-f]{32}@xn--fsqu00a\\.xn--fiqs8s$"));
    QVERIFY2(idPattern.match(a->messageId()).hasMatch(), qPrintable(a->messageId()));
    QVERIFY(a->messageId() != b->messageId());
    const QByteArray bytes = a->readAll();
    QVERIFY(bytes.contains("\r\nMessage-ID: <" + a->messageId().toLatin1() + ">\r\n"));
    QVERIFY(bytes.startsWith("Date: Thu, 13 Feb 1969 23:32:54 -0330\r\n")); // the RFC 5322 §3.3 example

    // Angle brackets given by the caller are not doubled; invalid threading ids are dropped.
    m.messageId = QStringLiteral("<given@example.com>");
    m.inReplyTo = QStringLiteral("has space@example.com");
    m.references = {QStringLiteral("<r1@example.com>"), QString(), QStringLiteral("r2@example.com")};
    m.date = QDateTime(QDate(2024, 1, 5), QTime(8, 0, 0), Qt::UTC);
    auto c = make(m);
    QVERIFY(c);
    QCOMPARE(c->messageId(), QStringLiteral("given@example.com"));
    const QByteArray withIds = c->readAll();
    QVERIFY(withIds.startsWith("Date: Fri, 5 Jan 2024 08:00:00 +0000\r\n"));
    QVERIFY(withIds.contains("\r\nMessage-ID: <given@example.com>\r\n"));
    QVERIFY(!withIds.contains("In-Reply-To"));
    QVERIFY(withIds.contains("\r\nReferences: <r1@example.com> <r2@example.com>\r\n"));

    // No date given: now.
    m.date = QDateTime();
    auto d = make(m);
    QVERIFY(d);
    const QByteArray now = d->readAll();
    const QByteArray dateLine = now.left(now.indexOf("\r\n"));
    static const QRegularExpression datePattern(
        QStringLiteral("^Date: (Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d\\d:\\d\\d:\\d\\d [+-]\\d{4}$"));
    QVERIFY2(datePattern.match(QString::fromLatin1(dateLine)).hasMatch(), dateLine.constData());
}

void TestMimeWriter::mimeTypes()
{
    static const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452");
    MailMessage m = basicMessage();
    m.attachments = {
        {writeFile(QStringLiteral("photo.png"), png), QString(), QString(), QString()},
        {writeFile(QStringLiteral("noextension"), png), QString(), QString(), QString()},       // by content
        {writeFile(QStringLiteral("notes.txt"), "just text"), QString(), QString(), QString()}, // by name
        {writeFile(QStringLiteral("data.bin2"), png), QStringLiteral("shown.pdf"), QString(), QString()}, // the shown name wins
        {writeFile(QStringLiteral("x.png"), png), QString(), QStringLiteral("application/x-custom"), QString()},
        {writeFile(QStringLiteral("zero"), QByteArray()), QString(), QString(), QString()},
    };
    auto writer = make(m);
    QVERIFY(writer);
    const QByteArray bytes = writer->readAll();
    QCOMPARE(contentTypes(bytes), (QStringList{"multipart/mixed", "text/plain", "image/png", "image/png", "text/plain",
                                               "application/pdf", "application/x-custom", "application/octet-stream"}));
}

void TestMimeWriter::randomBoundaries()
{
    MailMessage m = basicMessage();
    m.htmlBody = QStringLiteral("<p>x</p>");
    auto a = make(m);
    auto b = make(m);
    QVERIFY(a && b);
    static const QRegularExpression re(QStringLiteral("boundary=\"=_([0-9a-f]{32})\""));
    const QString boundaryA = re.match(QString::fromLatin1(a->readAll())).captured(1);
    const QString boundaryB = re.match(QString::fromLatin1(b->readAll())).captured(1);
    QCOMPARE(boundaryA.size(), 32); // 128 bits
    QVERIFY(boundaryA != boundaryB);
}

QTEST_GUILESS_MAIN(TestMimeWriter)
#include "tst_mimewriter.moc"
