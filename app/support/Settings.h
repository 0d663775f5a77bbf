#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

class QSettings;

namespace workroom::app {

// Typed settings over two QSettings files. The system file (IT staff, read only for the app)
// gives defaults and can lock keys; the user file lives in the profile. A key is read from the
// system file when it is locked there, else from the user file, else from the system file, else
// the built-in default. Writing a locked key is refused.
//
// System file: $WORKROOM_SYSTEM_CONFIG if set (tests), else the first workroom/workroom.ini in
// the XDG config dirs (/etc/xdg/workroom/workroom.ini). Locked keys are listed in it as
//   [General]
//   locked=signing/trustAnchorDir, register/serviceUrl
//
// Each area adds its typed accessors in its own section below, so that keys and defaults are
// written down once.
class Settings {
public:
    // `userFile` is the profile's settings.ini.
    explicit Settings(const QString &userFile);
    // For tests: both files given.
    Settings(const QString &userFile, const QString &systemFile);
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    QVariant value(const QString &key, const QVariant &fallback = {}) const;
    bool isLocked(const QString &key) const;
    // False (and nothing written) when the key is locked by the system file.
    bool setValue(const QString &key, const QVariant &value);
    void remove(const QString &key);
    void sync();

    QString systemFile() const;

    // --- signing -------------------------------------------------------------------------
    // Folder of PEM trust anchors set by IT (default: TrustStore's system folder).
    QString trustAnchorDirectory() const;
    // CRLs: local files (PEM or DER) and URLs, fetched and cached.
    QStringList crlFiles() const;
    QStringList crlUrls() const;
    // Trust the operating system's CA store as well (off unless configured).
    bool trustSystemStore() const;
    // Days ahead of a signing certificate's expiry from which the app warns.
    int certificateExpiryWarningDays() const;

    // --- notices -------------------------------------------------------------------------
    // Folder of notice templates set by IT; empty: "workroom/notices" in the XDG data dirs.
    QString noticeTemplateDirectory() const;
    // Values for notice placeholders, from the [noticeValues] group: authority.name,
    // authority.street, clerk.phone, … (any dotted name a template uses). A key locked by IT
    // as noticeValues/<name> comes from the system file.
    QHash<QString, QString> noticeValues() const;

    // --- registers -----------------------------------------------------------------------
    // The association's register service (register/serviceUrl); empty: the built-in
    // Demo-Register.
    QString registerServiceUrl() const;
    // A PEM file of extra CA certificates for the service (register/caFile); may be empty.
    QString registerCaFile() const;
    // The account for HTTP Basic sign-in (register/user); empty: bearer token. The token or
    // password itself lives in the keychain (or WORKROOM_REGISTER_TOKEN for workroomctl).
    QString registerUser() const;
    // Seconds to wait for one answer of the service (register/timeoutSeconds, default 15).
    int registerTimeoutSeconds() const;

    // --- dms -----------------------------------------------------------------------------
    // The linked DMS collection (dms/url), its account (dms/user) and an extra CA file
    // (dms/caFile); empty: not linked. The password lives in the keychain (or
    // WORKROOM_DMS_PASSWORD for workroomctl), never here. Setters return false when IT locked
    // the key.
    QString dmsUrl() const;
    QString dmsUser() const;
    QString dmsCaFile() const;
    bool setDmsLink(const QString &url, const QString &user, const QString &caFile);
    // Whether IT fixed any part of the link (the link dialog then shows it read-only).
    bool dmsLinkLocked() const;
    // The desktop client syncs by itself after local changes and every
    // dms/syncIntervalMinutes (default 5; 0: only after changes) unless dms/autoSync is false.
    bool dmsAutoSync() const;
    int dmsSyncIntervalMinutes() const;
    // The workroom the desktop client syncs (dms/workroom, its id); 0: the only one there is.
    qint64 dmsWorkroom() const;
    bool setDmsWorkroom(qint64 workroomId);

private:
    std::unique_ptr<QSettings> user_;
    std::unique_ptr<QSettings> system_;
    QStringList locked_;
};

}  // namespace workroom::app
