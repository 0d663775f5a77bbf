#pragma once

#include <QByteArray>
#include <QString>

#include <expected>

// The error of a std::expected as text for QVERIFY2, or nothing when it holds a value.
// QVERIFY2 evaluates its message even when the check passes, so `result.error()` there would
// read the error of a successful result.
template <typename T>
QByteArray why(const std::expected<T, QString> &result)
{
    return result ? QByteArray() : result.error().toUtf8();
}

template <typename T, typename E>
QByteArray why(const std::expected<T, E> &result)
{
    return result ? QByteArray() : result.error().message.toUtf8();
}
