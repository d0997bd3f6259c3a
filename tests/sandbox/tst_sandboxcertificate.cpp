// SandboxCertificate: a fresh EC P-256, self-signed X.509 v3 leaf for localhost per installation,
// its key readable by the owner only, reused while valid and replaced when broken.
#include "SandboxCertificate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QSslCertificateExtension>
#include <QTemporaryDir>
#include <QtTest>

class tst_SandboxCertificate : public QObject
{
    Q_OBJECT
private slots:
    void generateMakesLocalhostLeaf();
    void loadOrCreateOnceThenReuse();
    void brokenKeyIsReplaced();
    void mismatchedPairIsReplaced();
};

void tst_SandboxCertificate::generateMakesLocalhostLeaf()
{
    QByteArray certPem;
    QByteArray keyPem;
    QString error;
    QVERIFY2(SandboxCertificate::generate(&certPem, &keyPem, &error), qPrintable(error));
    QVERIFY(keyPem.startsWith("-----BEGIN PRIVATE KEY-----")); // PKCS#8, unencrypted
    const QSslCertificate cert(certPem, QSsl::Pem);
    QVERIFY(!cert.isNull());
    QCOMPARE(cert.version(), QByteArray("3"));
    QVERIFY(cert.isSelfSigned());
    QCOMPARE(cert.publicKey().algorithm(), QSsl::Ec);
    QCOMPARE(cert.publicKey().length(), 256); // P-256
    const QSslKey key(keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    QVERIFY(!key.isNull());
    QCOMPARE(cert.subjectInfo(QSslCertificate::CommonName), QStringList{QStringLiteral("localhost")});

    const auto san = cert.subjectAlternativeNames();
    QCOMPARE(san.values(QSsl::DnsEntry), QStringList{QStringLiteral("localhost")});
    QList<QHostAddress> ips;
    for (const QString& ip : san.values(QSsl::IpAddressEntry))
        ips << QHostAddress(ip);
    QCOMPARE(ips.size(), 2);
    QVERIFY(ips.contains(QHostAddress(QHostAddress::LocalHost)));
    QVERIFY(ips.contains(QHostAddress(QHostAddress::LocalHostIPv6)));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(cert.effectiveDate() <= now);
    QVERIFY(qAbs(now.daysTo(cert.expiryDate()) - 3650) <= 1); // 10 years

    bool sawBasicConstraints = false;
    bool sawServerAuth = false;
    for (const QSslCertificateExtension& ext : cert.extensions()) {
        if (ext.name() == QLatin1String("basicConstraints")) {
            sawBasicConstraints = true;
            QVERIFY(ext.isCritical());
            QCOMPARE(ext.value().toMap().value(QStringLiteral("ca")).toBool(), false); // a leaf, never a CA
        }
        if (ext.name() == QLatin1String("extendedKeyUsage"))
            sawServerAuth = ext.value().toList().contains(QStringLiteral("TLS Web Server Authentication"));
    }
    QVERIFY(sawBasicConstraints);
    QVERIFY(sawServerAuth);

    // Two installations never share a key.
    QByteArray certPem2;
    QByteArray keyPem2;
    QVERIFY(SandboxCertificate::generate(&certPem2, &keyPem2, &error));
    QVERIFY(keyPem2 != keyPem);
    QVERIFY(QSslCertificate(certPem2).serialNumber() != cert.serialNumber());
}

void tst_SandboxCertificate::loadOrCreateOnceThenReuse()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("sandbox/tls"));
    QSslCertificate cert;
    QSslKey key;
    QString error;
    QVERIFY2(SandboxCertificate::loadOrCreate(dir, &cert, &key, &error), qPrintable(error));
    QVERIFY(!cert.isNull());
    QVERIFY(!key.isNull());
    const QFileInfo keyFile(dir + QStringLiteral("/key.pem"));
    QVERIFY(keyFile.exists());
    QCOMPARE(keyFile.permissions() & ~(QFile::ReadUser | QFile::WriteUser),
             QFile::ReadOwner | QFile::WriteOwner); // 0600: owner bits only
    QCOMPARE(QFileInfo(dir).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeGroup | QFile::ExeOther),
             QFileDevice::Permissions());
    QVERIFY(QFileInfo::exists(dir + QStringLiteral("/cert.pem")));
    QCOMPARE(SandboxCertificate::sha256(cert).size(), 64);

    QSslCertificate again;
    QSslKey againKey;
    QVERIFY(SandboxCertificate::loadOrCreate(dir, &again, &againKey, &error));
    QCOMPARE(again, cert); // once per installation
    QCOMPARE(againKey.toPem(), key.toPem());
}

void tst_SandboxCertificate::brokenKeyIsReplaced()
{
    QTemporaryDir tmp;
    QSslCertificate cert;
    QSslKey key;
    QString error;
    QVERIFY(SandboxCertificate::loadOrCreate(tmp.path(), &cert, &key, &error));
    QFile k(tmp.filePath(QStringLiteral("key.pem")));
    QVERIFY(k.open(QIODevice::WriteOnly | QIODevice::Truncate));
    k.write("-----BEGIN PRIVATE KEY-----\nbroken\n-----END PRIVATE KEY-----\n");
    k.close();
    QSslCertificate fresh;
    QSslKey freshKey;
    QVERIFY(SandboxCertificate::loadOrCreate(tmp.path(), &fresh, &freshKey, &error));
    QVERIFY(fresh != cert);
    QVERIFY(!freshKey.isNull());
}

void tst_SandboxCertificate::mismatchedPairIsReplaced()
{
    QTemporaryDir a;
    QTemporaryDir b;
    QSslCertificate certA;
    QSslCertificate certB;
    QSslKey key;
    QString error;
    QVERIFY(SandboxCertificate::loadOrCreate(a.path(), &certA, &key, &error));
    QVERIFY(SandboxCertificate::loadOrCreate(b.path(), &certB, &key, &error));
    // A's certificate with B's key: not a pair, so a new one is made.
    QFile::remove(a.filePath(QStringLiteral("key.pem")));
    QVERIFY(QFile::copy(b.filePath(QStringLiteral("key.pem")), a.filePath(QStringLiteral("key.pem"))));
    QSslCertificate fresh;
    QVERIFY(SandboxCertificate::loadOrCreate(a.path(), &fresh, &key, &error));
    QVERIFY(fresh != certA);
    QVERIFY(fresh != certB);
}

QTEST_GUILESS_MAIN(tst_SandboxCertificate)
#include "tst_sandboxcertificate.moc"
