#include "Pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <cstring>

namespace {
// RFC 3986 §2.3 unreserved characters, the verifier's alphabet (RFC 7636 §4.1).
constexpr char Unreserved[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
constexpr int UnreservedCount = int(sizeof(Unreserved) - 1);
} // namespace

QByteArray Pkce::generateVerifier(int length)
{
    length = qBound(43, length, 128);
    QByteArray verifier(length, Qt::Uninitialized);
    QRandomGenerator* random = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        verifier[i] = Unreserved[random->bounded(UnreservedCount)]; // bounded(): no modulo bias
    return verifier;
}

QByteArray Pkce::challengeS256(const QByteArray& verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool Pkce::isValidVerifier(const QByteArray& verifier)
{
    if (verifier.size() < 43 || verifier.size() > 128)
        return false;
    for (char c : verifier) {
        if (!std::memchr(Unreserved, c, UnreservedCount) || c == 0)
            return false;
    }
    return true;
}
