#include "TestPki.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

}  // namespace

// Signing and verifying stored document versions through workroomctl, as a script does:
// sign REF --doc, verify REF with its exit codes and JSON, the role rules, a changed blob.
class TestStoredSignatures : public QObject {
    Q_OBJECT

    TestPki pki_;
    QString profile_;
    QString trust_;
    QString reference_;

    Run ctl(const QStringList &arguments, const QByteArray &passphrase = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("WORKROOM_PASSPHRASE"));
        if (!passphrase.isNull()) {
            environment.insert(QStringLiteral("WORKROOM_PASSPHRASE"),
                               QString::fromUtf8(passphrase));
        }
        // No system-wide settings of this machine.
        environment.insert(QStringLiteral("WORKROOM_SYSTEM_CONFIG"),
                           pki_.scratch(QStringLiteral("no-system.ini")));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(WORKROOMCTL_PATH),
                      QStringList{QStringLiteral("--profile"), profile_, QStringLiteral("--user"),
                                  QStringLiteral("k.beispiel")}
                          + arguments);
        process.closeWriteChannel();
        Run run;
        if (!process.waitForFinished(120000)) {
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    Run verify(const QStringList &extra = {})
    {
        return ctl(QStringList{QStringLiteral("verify"), reference_, QStringLiteral("--trust-dir"),
                               trust_, QStringLiteral("--json")}
                   + extra);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(pki_.generate(), qUtf8Printable(pki_.error()));
        profile_ = pki_.scratch(QStringLiteral("profile"));
        trust_ = pki_.scratch(QStringLiteral("trust"));
        QVERIFY(QDir().mkpath(trust_));
        QVERIFY(QFile::copy(pki_.path(QStringLiteral("root.pem")),
                            trust_ + QStringLiteral("/root.pem")));
        QCOMPARE(ctl({QStringLiteral("workroom"), QStringLiteral("create"),
                      QStringLiteral("Ordnungsamt")})
                     .exitCode,
                 0);
        Run created =
            ctl({QStringLiteral("case"), QStringLiteral("create"), QStringLiteral("--plan"),
                 QStringLiteral("32.40"), QStringLiteral("--subject"),
                 QStringLiteral("Straßenfest"), QStringLiteral("--json")});
        QVERIFY2(created.exitCode == 0, created.err.constData());
        reference_ = created.json().value(QStringLiteral("reference")).toString();
        QVERIFY(!reference_.isEmpty());
        const QString notice = pki_.scratch(QStringLiteral("Bescheid.txt"));
        QVERIFY(writeBytes(notice, "Bescheid: Sondernutzung genehmigt\n"));
        Run added = ctl({QStringLiteral("doc"), QStringLiteral("add"), reference_, notice});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        for (const auto &[file, name] :
             {std::pair{"signer-rsa.p12", "erika"}, std::pair{"signer-ec.p12", "leitung"}}) {
            Run imported = ctl({QStringLiteral("cert"), QStringLiteral("import"),
                                pki_.path(QString::fromLatin1(file)), QStringLiteral("--identity"),
                                QString::fromLatin1(name)},
                               pki_.passphrase());
            QVERIFY2(imported.exitCode == 0, imported.err.constData());
        }
    }

    void nothingSignedIsNoSuccess()
    {
        const Run run = verify();
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.json().value(QStringLiteral("count")).toInt(), 0);
        QVERIFY(!run.json().value(QStringLiteral("valid")).toBool());
    }

    void signsAStoredVersion()
    {
        Run signedRun = ctl({QStringLiteral("sign"), reference_, QStringLiteral("--doc"),
                             QStringLiteral("Bescheid"), QStringLiteral("--identity"),
                             QStringLiteral("erika"), QStringLiteral("--json")},
                            pki_.passphrase());
        QVERIFY2(signedRun.exitCode == 0, signedRun.err.constData());
        const QJsonObject stored = signedRun.json();
        QCOMPARE(stored.value(QStringLiteral("role")).toString(), QStringLiteral("signed"));
        QCOMPARE(stored.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(stored.value(QStringLiteral("signer")).toString(),
                 QStringLiteral("Erika Mustermann"));
        QCOMPARE(stored.value(QStringLiteral("addedBy")).toString(), QStringLiteral("k.beispiel"));

        // Twice in one role: refused before the passphrase is asked (none is given here).
        Run twice = ctl({QStringLiteral("sign"), reference_, QStringLiteral("--doc"),
                         QStringLiteral("Bescheid"), QStringLiteral("--identity"),
                         QStringLiteral("erika")});
        QCOMPARE(twice.exitCode, 1);
        QVERIFY2(twice.err.contains("already"), twice.err.constData());

        const Run run = verify();
        QVERIFY2(run.exitCode == 0, run.out.constData());
        const QJsonArray signatures = run.json().value(QStringLiteral("signatures")).toArray();
        QCOMPARE(signatures.size(), 1);
        QCOMPARE(signatures.at(0).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("valid"));
    }

    void keepsTheFinalSignatureForTeamLeaders()
    {
        const QStringList finalSignature{QStringLiteral("sign"),       reference_,
                                         QStringLiteral("--doc"),      QStringLiteral("Bescheid"),
                                         QStringLiteral("--identity"), QStringLiteral("leitung"),
                                         QStringLiteral("--role"),     QStringLiteral("final")};
        Run byClerk = ctl(finalSignature, pki_.passphrase());
        QCOMPARE(byClerk.exitCode, 1);
        QVERIFY2(byClerk.err.contains("team leader"), byClerk.err.constData());
        QCOMPARE(ctl(finalSignature + QStringList{QStringLiteral("--as"), QStringLiteral("boss")})
                     .exitCode,
                 2);
        Run byLeader =
            ctl(finalSignature + QStringList{QStringLiteral("--as"), QStringLiteral("team_leader")},
                pki_.passphrase());
        QVERIFY2(byLeader.exitCode == 0, byLeader.err.constData());

        const Run run = verify({QStringLiteral("--doc"), QStringLiteral("Bescheid"),
                                QStringLiteral("--doc-version"), QStringLiteral("1")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(QStringLiteral("count")).toInt(), 2);
        // Plain text too: one line per signature.
        const Run text =
            ctl({QStringLiteral("verify"), reference_, QStringLiteral("--trust-dir"), trust_});
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.out.count("valid\tBescheid v1"), 2);
        // The audit chain still holds with the signatures in it.
        QCOMPARE(ctl({QStringLiteral("check")}).exitCode, 0);
    }

    void untrustedAndChangedAreNoSuccess()
    {
        Run untrusted = ctl({QStringLiteral("verify"), reference_, QStringLiteral("--trust-dir"),
                             pki_.scratch(QStringLiteral("empty")), QStringLiteral("--json")});
        QCOMPARE(untrusted.exitCode, 3);
        QCOMPARE(untrusted.json()
                     .value(QStringLiteral("signatures"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("untrusted_chain"));

        // Someone writes into the store behind Workroom's back.
        Run listed = ctl(
            {QStringLiteral("doc"), QStringLiteral("list"), reference_, QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const QString sha = QJsonDocument::fromJson(listed.out)
                                .array()
                                .at(0)
                                .toObject()
                                .value(QStringLiteral("sha256"))
                                .toString();
        QCOMPARE(sha.size(), 64);
        const QString blob =
            profile_ + QStringLiteral("/blobs/") + sha.left(2) + QLatin1Char('/') + sha;
        QVERIFY2(QFileInfo::exists(blob), qPrintable(blob));
        QFile::setPermissions(blob, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(writeBytes(blob, "Bescheid: Sondernutzung abgelehnt\n"));
        const Run run = verify();
        QCOMPARE(run.exitCode, 3);
        const QJsonArray signatures = run.json().value(QStringLiteral("signatures")).toArray();
        QCOMPARE(signatures.size(), 2);
        for (const QJsonValue &signature : signatures) {
            QCOMPARE(signature.toObject().value(QStringLiteral("status")).toString(),
                     QStringLiteral("document_changed"));
        }
    }

    // Signatures made elsewhere: a .p7s for a stored version, a .p7m whose content is filed.
    void importsReceivedSignatures()
    {
        const QString application = pki_.scratch(QStringLiteral("Antrag.txt"));
        QVERIFY(writeBytes(application, "Antrag auf Sondernutzung\n"));
        Run added = ctl({QStringLiteral("doc"), QStringLiteral("add"), reference_, application});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const QString p7s = pki_.scratch(QStringLiteral("Antrag.txt.p7s"));
        QVERIFY(pki_.opensslSign(QStringLiteral("signer-rsa"), QStringLiteral("chain-rsa.pem"),
                                 application, p7s));
        const QStringList importP7s{QStringLiteral("sign"),
                                    QStringLiteral("import"),
                                    reference_,
                                    p7s,
                                    QStringLiteral("--doc"),
                                    QStringLiteral("Antrag"),
                                    QStringLiteral("--json"),
                                    QStringLiteral("--trust-dir"),
                                    trust_};
        // A .p7s without the document it belongs to is a usage error.
        QCOMPARE(ctl({QStringLiteral("sign"), QStringLiteral("import"), reference_, p7s}).exitCode,
                 2);
        Run imported = ctl(importP7s);
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QCOMPARE(imported.json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("valid"));
        QCOMPARE(imported.json().value(QStringLiteral("version")).toInt(), 1);
        // The same signature again is refused: one signer, one role, once.
        QCOMPARE(ctl(importP7s).exitCode, 1);
        // A signature of other bytes is no signature of this version: refused, nothing stored.
        const QString other = pki_.scratch(QStringLiteral("other.txt"));
        QVERIFY(writeBytes(other, "etwas anderes\n"));
        const QString wrong = pki_.scratch(QStringLiteral("other.txt.p7s"));
        QVERIFY(pki_.opensslSign(QStringLiteral("signer-ec"), QStringLiteral("chain-ec.pem"), other,
                                 wrong));
        QCOMPARE(ctl({QStringLiteral("sign"), QStringLiteral("import"), reference_, wrong,
                      QStringLiteral("--doc"), QStringLiteral("Antrag"),
                      QStringLiteral("--trust-dir"), trust_})
                     .exitCode,
                 1);
        Run listed = verify({QStringLiteral("--doc"), QStringLiteral("Antrag")});
        QVERIFY2(listed.exitCode == 0, listed.out.constData());
        QCOMPARE(listed.json().value(QStringLiteral("signatures")).toArray().size(), 1);

        // An enveloped signature (.p7m): its content becomes a new document of the case.
        const QString p7m = pki_.scratch(QStringLiteral("Einwendung.txt.p7m"));
        const QString content = pki_.scratch(QStringLiteral("Einwendung.txt"));
        QVERIFY(writeBytes(content, "Einwendung gegen das Straßenfest\n"));
        QVERIFY(pki_.opensslSign(QStringLiteral("signer-ec"), QStringLiteral("chain-ec.pem"),
                                 content, p7m, {QStringLiteral("-nodetach")}));
        Run enveloped = ctl({QStringLiteral("sign"), QStringLiteral("import"), reference_, p7m,
                             QStringLiteral("--json"), QStringLiteral("--trust-dir"), trust_});
        QVERIFY2(enveloped.exitCode == 0, enveloped.err.constData());
        QCOMPARE(enveloped.json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("valid"));
        QVERIFY(enveloped.json().value(QStringLiteral("document")).toInteger() > 0);
    }

    void unknownCasesAndDocumentsFail()
    {
        QCOMPARE(ctl({QStringLiteral("verify"), QStringLiteral("99.99-9999/2099")}).exitCode, 1);
        QCOMPARE(ctl({QStringLiteral("sign"), reference_, QStringLiteral("--doc"),
                      QStringLiteral("Gibt es nicht"), QStringLiteral("--identity"),
                      QStringLiteral("erika")})
                     .exitCode,
                 1);
    }
};

QTEST_GUILESS_MAIN(TestStoredSignatures)
#include "tst_storedsignatures.moc"
