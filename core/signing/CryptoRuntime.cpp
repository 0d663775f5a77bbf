#include "CryptoRuntime.h"

#include <QtCrypto>

namespace workroom::signing {

namespace {

// The features Workroom relies on, in the order in which the About dialog lists them.
const QStringList &requiredFeatures()
{
    static const QStringList features{QStringLiteral("sha256"), QStringLiteral("cert"),
                                      QStringLiteral("pkcs12"), QStringLiteral("cms"),
                                      QStringLiteral("crl")};
    return features;
}

QString versionString(int packed)
{
    return QStringLiteral("%1.%2.%3")
        .arg((packed >> 16) & 0xff)
        .arg((packed >> 8) & 0xff)
        .arg(packed & 0xff);
}

}  // namespace

struct CryptoRuntime::Private {
    QCA::Initializer initializer;
};

CryptoRuntime::CryptoRuntime() : d_(std::make_unique<Private>()) {}

CryptoRuntime::~CryptoRuntime() = default;

CryptoRuntimeInfo CryptoRuntime::info() const
{
    CryptoRuntimeInfo info;
    info.qcaVersion = QString::fromLatin1(::qcaVersionStr());
    for (const QString &feature : requiredFeatures()) {
        if (QCA::isSupported(feature.toLatin1().constData())) {
            info.features.append(feature);
        }
    }
    info.supportsCms = info.features.contains(QStringLiteral("cms"));
    info.supportsPkcs12 = info.features.contains(QStringLiteral("pkcs12"));
    const QCA::ProviderList providers = QCA::providers();
    for (QCA::Provider *provider : providers) {
        if (provider->features().contains(QStringLiteral("cms"))) {
            info.providerName = provider->name();
            // Providers that do not version themselves report 0.
            if (provider->version() != 0) {
                info.providerVersion = versionString(provider->version());
            }
            break;
        }
    }
    return info;
}

}  // namespace workroom::signing
