#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace workroom::signing {

// What the crypto stack offers: QCA's version and the provider plugin that does the work.
struct CryptoRuntimeInfo {
    QString qcaVersion;       // for example "2.3.10"
    QString providerName;     // the provider that offers CMS, for example "qca-ossl"
    QString providerVersion;  // that provider's own version; empty if it has none
    QStringList features;     // what the stack supports of what Workroom needs
    bool supportsCms = false;
    bool supportsPkcs12 = false;
};

// Keeps QCA initialised for as long as it lives: create one early in main() and keep it until
// the end. QCA types stay inside this module; callers see CryptoRuntimeInfo only.
class CryptoRuntime {
public:
    CryptoRuntime();
    ~CryptoRuntime();
    CryptoRuntime(const CryptoRuntime &) = delete;
    CryptoRuntime &operator=(const CryptoRuntime &) = delete;

    CryptoRuntimeInfo info() const;

private:
    struct Private;
    std::unique_ptr<Private> d_;
};

}  // namespace workroom::signing
