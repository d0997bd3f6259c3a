#pragma once
// Proof Key for Code Exchange (RFC 7636) for the OAuth 2 authorization-code flow of a public
// client (RFC 8252 §8.1): the code verifier and its S256 challenge.

#include <QByteArray>

class Pkce
{
public:
    // RFC 7636 §4.1: 43 to 128 characters of [A-Z] [a-z] [0-9] "-" "." "_" "~", from a
    // cryptographically strong source (QRandomGenerator::system(), the OS's CSPRNG; §7.1).
    static QByteArray generateVerifier(int length = 64);
    // RFC 7636 §4.2: BASE64URL-ENCODE(SHA256(ASCII(code_verifier))), no padding (Appendix A).
    static QByteArray challengeS256(const QByteArray& verifier);
    static bool isValidVerifier(const QByteArray& verifier);
};
