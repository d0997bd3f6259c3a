#pragma once
// SASL mechanisms for SMTP AUTH (RFC 4954) as small strategy objects: start() gives the mechanism
// name and optional initial response; next() answers one server challenge. Raw bytes in and out:
// the session does the base64 (RFC 4954 §4).
//
// RFCs: 4616 (PLAIN), 2195 (CRAM-MD5), draft-murchison-sasl-login (LOGIN), Google's XOAUTH2.

#include "SmtpSettings.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

class SaslMechanism
{
public:
    virtual ~SaslMechanism() = default;
    virtual QString name() const = 0;
    // Whether the mechanism sends an initial response with AUTH (saves a round trip, RFC 4954 §4).
    virtual bool hasInitialResponse() const { return false; }
    virtual QByteArray initialResponse() { return QByteArray(); }
    // Answers a decoded 334 challenge. Sets *ok=false when the exchange cannot go on.
    virtual QByteArray next(const QByteArray& challenge, bool* ok) = 0;
    // Whether the mechanism reveals the password to anyone who can read the connection.
    virtual bool sendsPasswordInClear() const { return true; }

    // The mechanism to use, best first among those both sides allow (see the .cpp for the order).
    // `encrypted` picks the order; credentials decide which are possible at all.
    static QStringList preferenceOrder(const QStringList& offered, const QStringList& allowed,
                                       const SmtpCredentials& credentials, bool encrypted);
    static std::unique_ptr<SaslMechanism> create(const QString& name, const SmtpCredentials& credentials);
};

class SaslPlain : public SaslMechanism
{
public:
    explicit SaslPlain(const SmtpCredentials& c) : m_c(c) {}
    QString name() const override { return QStringLiteral("PLAIN"); }
    bool hasInitialResponse() const override { return true; }
    QByteArray initialResponse() override;
    QByteArray next(const QByteArray& challenge, bool* ok) override;

private:
    SmtpCredentials m_c;
};

class SaslLogin : public SaslMechanism
{
public:
    explicit SaslLogin(const SmtpCredentials& c) : m_c(c) {}
    QString name() const override { return QStringLiteral("LOGIN"); }
    QByteArray next(const QByteArray& challenge, bool* ok) override;

private:
    SmtpCredentials m_c;
    int m_step = 0;
};

class SaslCramMd5 : public SaslMechanism
{
public:
    explicit SaslCramMd5(const SmtpCredentials& c) : m_c(c) {}
    QString name() const override { return QStringLiteral("CRAM-MD5"); }
    QByteArray next(const QByteArray& challenge, bool* ok) override;
    bool sendsPasswordInClear() const override { return false; }

private:
    SmtpCredentials m_c;
    bool m_answered = false;
};

class SaslXOAuth2 : public SaslMechanism
{
public:
    explicit SaslXOAuth2(const SmtpCredentials& c) : m_c(c) {}
    QString name() const override { return QStringLiteral("XOAUTH2"); }
    bool hasInitialResponse() const override { return true; }
    QByteArray initialResponse() override;
    QByteArray next(const QByteArray& challenge, bool* ok) override;
    // The error JSON the server sent in its 334 challenge ({"status":"401",...}), if any.
    QByteArray serverError() const { return m_error; }
    bool tokenExpired() const;

private:
    SmtpCredentials m_c;
    QByteArray m_error;
};
