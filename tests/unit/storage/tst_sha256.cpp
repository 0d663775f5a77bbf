#include "Sha256.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QTest>

using workroom::storage::Sha256;

class TestSha256 : public QObject {
    Q_OBJECT

private slots:
    void knownDigests()
    {
        // FIPS 180-2 test vectors.
        QCOMPARE(Sha256::hash("").toHex(),
                 QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(Sha256::hash("abc").toHex(),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    // Fed in pieces, from a device, or all at once, and reused after result(): the same digest
    // as Qt's own implementation.
    void agreesWithQtInEveryWay()
    {
        QByteArray bytes;
        for (int i = 0; i < 3 * 1024 * 1024 + 17; ++i) {
            bytes.append(char((unsigned(i) * 7919u) & 0xffu));
        }
        const QByteArray expected = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
        Sha256 pieces;
        for (qsizetype at = 0; at < bytes.size(); at += 65537) {
            pieces.addData(QByteArrayView(bytes).mid(at, 65537));
        }
        QCOMPARE(pieces.result(), expected);
        pieces.addData(QByteArrayView("abc"));
        QCOMPARE(pieces.hexResult(),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));

        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        Sha256 fromDevice;
        QVERIFY(fromDevice.addData(&buffer));
        QCOMPARE(fromDevice.result(), expected);
    }

    void unreadableDeviceFails()
    {
        QBuffer closed;
        Sha256 sha;
        QVERIFY(!sha.addData(&closed));
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
