#include "SandboxCertificate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace {

template<typename T, void (*Free)(T*)>
struct Deleter
{
    void operator()(T* p) const { Free(p); }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;

constexpr int ValidityDays = 3650;
constexpr int RenewBeforeDays = 30;

QString opensslError(const char* what)
{
    const unsigned long code = ERR_get_error();
    char buf[256] = {};
    if (code)
        ERR_error_string_n(code, buf, sizeof buf);
    ERR_clear_error();
    return QCoreApplication::translate("SandboxCertificate", "%1 failed: %2")
        .arg(QString::fromLatin1(what), QString::fromLatin1(buf));
}

QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(n));
}

bool addExtension(X509* cert, X509V3_CTX* ctx, int nid, const char* value)
{
    ExtPtr ext(X509V3_EXT_conf_nid(nullptr, ctx, nid, value));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

bool writeFile(const QString& path, const QByteArray& bytes, QFileDevice::Permissions permissions, QString* error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = f.errorString();
        return false;
    }
    // Before any byte is written: the key is never readable by others, not even for a moment.
    if (!f.setPermissions(permissions)) {
        *error = f.errorString();
        f.cancelWriting();
        return false;
    }
    f.write(bytes);
    if (!f.commit()) {
        *error = f.errorString();
        return false;
    }
    return true;
}

// Whether the key is the certificate's (a half-finished renewal could leave them mismatched).
bool pairMatches(const QByteArray& certPem, const QByteArray& keyPem)
{
    BioPtr certBio(BIO_new_mem_buf(certPem.constData(), int(certPem.size())));
    BioPtr keyBio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())));
    if (!certBio || !keyBio)
        return false;
    X509Ptr cert(PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr));
    // A non-null password stops OpenSSL from prompting on the terminal for an encrypted key.
    PKeyPtr key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, const_cast<char*>("")));
    const bool ok = cert && key && X509_check_private_key(cert.get(), key.get()) == 1;
    ERR_clear_error();
    return ok;
}

} // namespace

QString SandboxCertificate::sha256(const QSslCertificate& certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

bool SandboxCertificate::generate(QByteArray* certificatePem, QByteArray* keyPem, QString* error)
{
    ERR_clear_error();
    // EC P-256: small, fast, and offered by every TLS 1.2/1.3 client.
    PKeyPtr key(EVP_EC_gen("P-256"));
    if (!key) {
        *error = opensslError("EVP_EC_gen");
        return false;
    }
    X509Ptr cert(X509_new());
    if (!cert || X509_set_version(cert.get(), X509_VERSION_3) != 1) {
        *error = opensslError("X509_new");
        return false;
    }
    // RFC 5280 §4.1.2.2: a positive serial of at most 20 octets; random, so two installations'
    // certificates never share issuer and serial.
    BnPtr serial(BN_new());
    if (!serial || BN_rand(serial.get(), 159, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1
        || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get()))) {
        *error = opensslError("serial number");
        return false;
    }
    // An hour back, so a client whose clock is a little behind still accepts it.
    if (!X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600)
        || !X509_time_adj_ex(X509_getm_notAfter(cert.get()), ValidityDays, 0, nullptr)) {
        *error = opensslError("validity");
        return false;
    }
    X509_NAME* name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>("Qourier sandbox"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>("localhost"), -1, -1, 0);
    if (X509_set_issuer_name(cert.get(), name) != 1 || X509_set_pubkey(cert.get(), key.get()) != 1) {
        *error = opensslError("X509 names");
        return false;
    }
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert.get(), cert.get(), nullptr, nullptr, 0);
    // A leaf for TLS servers only (RFC 5280 §4.2.1.9, §4.2.1.12); names in the SAN (RFC 6125
    // §6.4.4: clients ignore the CN when a SAN is present). No keyUsage: with one that lacks
    // keyCertSign, OpenSSL no longer counts the certificate as self-signed, so clients that
    // trust it as its own anchor (curl --cacert, Python's cafile=) would reject it; and
    // keyCertSign on a non-CA would break RFC 5280 §4.2.1.3.
    if (!addExtension(cert.get(), &ctx, NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(cert.get(), &ctx, NID_ext_key_usage, "serverAuth")
        || !addExtension(cert.get(), &ctx, NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1,IP:::1")
        || !addExtension(cert.get(), &ctx, NID_subject_key_identifier, "hash")) {
        *error = opensslError("X509 extensions");
        return false;
    }
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0) {
        *error = opensslError("X509_sign");
        return false;
    }
    BioPtr certBio(BIO_new(BIO_s_mem()));
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    if (!certBio || !keyBio || PEM_write_bio_X509(certBio.get(), cert.get()) != 1
        || PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        *error = opensslError("PEM encoding");
        return false;
    }
    *certificatePem = bioBytes(certBio.get());
    *keyPem = bioBytes(keyBio.get());
    return true;
}

bool SandboxCertificate::loadOrCreate(const QString& directory, QSslCertificate* certificate, QSslKey* key,
                                      QString* error)
{
    const QString certPath = directory + QStringLiteral("/cert.pem");
    const QString keyPath = directory + QStringLiteral("/key.pem");

    QFile certFile(certPath);
    QFile keyFile(keyPath);
    if (certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly)) {
        const QByteArray certPem = certFile.readAll();
        const QByteArray keyPem = keyFile.readAll();
        const QSslCertificate c(certPem, QSsl::Pem);
        const QSslKey k(keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
        const bool fresh = !c.isNull() && c.expiryDate() > QDateTime::currentDateTimeUtc().addDays(RenewBeforeDays);
        if (fresh && !k.isNull() && pairMatches(certPem, keyPem)) {
            *certificate = c;
            *key = k;
            return true;
        }
    }
    certFile.close();
    keyFile.close();

    if (!QDir().mkpath(directory)) {
        *error = QCoreApplication::translate("SandboxCertificate", "cannot create %1").arg(directory);
        return false;
    }
    QFile::setPermissions(directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QByteArray certPem;
    QByteArray keyPem;
    if (!generate(&certPem, &keyPem, error))
        return false;
    QString writeError;
    // The key first: a certificate on disk always has its key beside it.
    if (!writeFile(keyPath, keyPem, QFileDevice::ReadOwner | QFileDevice::WriteOwner, &writeError)
        || !writeFile(certPath, certPem,
                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther,
                      &writeError)) {
        *error = QCoreApplication::translate("SandboxCertificate", "cannot write the sandbox certificate: %1").arg(writeError);
        return false;
    }
    *certificate = QSslCertificate(certPem, QSsl::Pem);
    *key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (certificate->isNull() || key->isNull()) {
        *error = QCoreApplication::translate("SandboxCertificate", "the new sandbox certificate cannot be read back");
        return false;
    }
    return true;
}
