#include "backend/OpenSsl.h"

#include <openssl/err.h>
#include <openssl/pem.h>

#include <ctime>

namespace workroom::signing::ossl {

QString takeErrors()
{
    QStringList lines;
    unsigned long code = 0;
    while ((code = ERR_get_error()) != 0) {
        char text[256];
        ERR_error_string_n(code, text, sizeof text);
        lines.append(QString::fromUtf8(text));
    }
    return lines.join(QStringLiteral("; "));
}

void clearErrors()
{
    ERR_clear_error();
}

BioPtr memoryBio(const QByteArray &bytes)
{
    return BioPtr(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

QByteArray readAll(BIO *bio)
{
    QByteArray out;
    char buffer[16384];
    int read = 0;
    while ((read = BIO_read(bio, buffer, sizeof buffer)) > 0) {
        out.append(buffer, read);
    }
    return out;
}

X509Ptr certificateFromDer(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509Ptr certificate(d2i_X509(nullptr, &p, long(der.size())));
    // Trailing bytes after the certificate mean the input was not one certificate.
    if (certificate && p != reinterpret_cast<const unsigned char *>(der.constData()) + der.size()) {
        return {};
    }
    return certificate;
}

QByteArray toDer(X509 *certificate)
{
    unsigned char *buffer = nullptr;
    const int length = i2d_X509(certificate, &buffer);
    if (length <= 0) {
        return {};
    }
    QByteArray der(reinterpret_cast<const char *>(buffer), length);
    OPENSSL_free(buffer);
    return der;
}

X509StackPtr newStack()
{
    return X509StackPtr(sk_X509_new_null());
}

bool push(STACK_OF(X509) * stack, X509 *certificate)
{
    if (!X509_up_ref(certificate)) {
        return false;
    }
    if (sk_X509_push(stack, certificate) <= 0) {
        X509_free(certificate);
        return false;
    }
    return true;
}

QDateTime toDateTime(const ASN1_TIME *time)
{
    // ASN1_TIME_to_tm reads UTCTime and GeneralizedTime alike; QCA 2.3.10 loses dates from
    // 2050 on, which GeneralizedTime carries.
    std::tm tm{};
    if (!time || ASN1_TIME_to_tm(time, &tm) != 1) {
        return {};
    }
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), QTimeZone::UTC);
}

QString nameToString(const X509_NAME *name)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    // RFC 2253 escaping but UTF-8 kept as is (umlauts are common in German names), most
    // specific part first, ", " between parts.
    const unsigned long flags =
        (XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB & ~XN_FLAG_SEP_MASK) | XN_FLAG_SEP_CPLUS_SPC;
    if (!bio || X509_NAME_print_ex(bio.get(), name, 0, flags) < 0) {
        return {};
    }
    return QString::fromUtf8(readAll(bio.get()));
}

bool sameCertificate(X509 *a, X509 *b)
{
    return a && b && X509_cmp(a, b) == 0;
}

}  // namespace workroom::signing::ossl
