#pragma once
// Where the tests find their data, scripts and the built qourier binary.

#include <QString>

inline QString testDataPath(const QString& name)
{
    return QStringLiteral(QOURIER_TEST_DATA "/") + name;
}

inline QString testScriptPath(const QString& name)
{
    return QStringLiteral(QOURIER_TEST_SCRIPTS "/") + name;
}

inline QString qourierBinary()
{
    return QStringLiteral(QOURIER_BINARY);
}
