#pragma once

// The throw-away PKI of the signing tests, made by tests/signing-pki/make-test-pki.sh into a
// temporary folder (see the script for what it holds), and small helpers around the openssl
// command line for the interoperability checks.

#include "Passphrase.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

class TestPki {
public:
    // Runs the generator; false (and error()) when it fails.
    bool generate()
    {
        if (!dir_.isValid()) {
            error_ = QStringLiteral("no temporary folder");
            return false;
        }
        QProcess script;
        script.setProcessChannelMode(QProcess::MergedChannels);
        script.start(QStringLiteral("bash"), {QStringLiteral(WORKROOM_TEST_PKI_SCRIPT),
                                              dir_.filePath(QStringLiteral("pki"))});
        if (!script.waitForFinished(120000) || script.exitStatus() != QProcess::NormalExit
            || script.exitCode() != 0) {
            error_ = QString::fromUtf8(script.readAll());
            return false;
        }
        QFile passphrase(path(QStringLiteral("passphrase.txt")));
        if (!passphrase.open(QIODevice::ReadOnly)) {
            error_ = QStringLiteral("no passphrase.txt");
            return false;
        }
        passphrase_ = passphrase.readAll();
        return true;
    }

    const QString &error() const { return error_; }
    QString path(const QString &name) const { return dir_.filePath(QStringLiteral("pki/") + name); }
    // A scratch path beside the PKI.
    QString scratch(const QString &name) const { return dir_.filePath(name); }
    const QByteArray &passphrase() const { return passphrase_; }

    // A provider that answers the given passphrases in turn, then declines; counts the asks.
    static workroom::signing::PassphraseProvider answers(QList<QByteArray> passphrases,
                                                         std::shared_ptr<int> asked = {})
    {
        auto queue = std::make_shared<QList<QByteArray>>(std::move(passphrases));
        return [queue,
                asked](const workroom::signing::PassphraseRequest &) -> std::optional<QByteArray> {
            if (asked) {
                ++*asked;
            }
            if (queue->isEmpty()) {
                return std::nullopt;
            }
            return queue->takeFirst();
        };
    }
    workroom::signing::PassphraseProvider right() const { return answers({passphrase_}); }

    // Runs `openssl ARGS`; its exit code, with stdout+stderr in *output.
    static int openssl(const QStringList &arguments, QByteArray *output = nullptr)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral("openssl"), arguments);
        if (!process.waitForFinished(60000)) {
            return -1;
        }
        if (output) {
            *output = process.readAll();
        }
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    // A detached signature by `signer` (the PKI's NAME.pem/NAME.key) made by openssl itself.
    bool opensslSign(const QString &signer, const QString &chain, const QString &document,
                     const QString &signature, const QStringList &extra = {}) const
    {
        QStringList arguments{QStringLiteral("cms"),
                              QStringLiteral("-sign"),
                              QStringLiteral("-binary"),
                              QStringLiteral("-in"),
                              document,
                              QStringLiteral("-signer"),
                              path(signer + QStringLiteral(".pem")),
                              QStringLiteral("-inkey"),
                              path(signer + QStringLiteral(".key")),
                              QStringLiteral("-certfile"),
                              path(chain),
                              QStringLiteral("-outform"),
                              QStringLiteral("DER"),
                              QStringLiteral("-out"),
                              signature};
        arguments += extra;
        return openssl(arguments) == 0;
    }

private:
    QTemporaryDir dir_;
    QString error_;
    QByteArray passphrase_;
};

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

inline QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
