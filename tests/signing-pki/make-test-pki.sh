#!/usr/bin/env bash
# Makes the throw-away PKI that the signing tests use, with the openssl command line only, so
# that no key material lives in the repository. Every date is relative to now.
#
#   tests/signing-pki/make-test-pki.sh OUTDIR
#
# OUTDIR receives (PEM unless said otherwise; each signer as NAME.key, NAME.pem and NAME.p12,
# the PKCS #12 file holding key, certificate and issuers under the passphrase in passphrase.txt):
#   root.pem                 "Workroom Test Root CA" (RSA-3072, valid until now + 25 years,
#                            i.e. beyond 2050: GeneralizedTime)
#   inter-rsa.pem            intermediate CA (RSA-3072) under the root
#   inter-ec.pem             intermediate CA (ECDSA P-256) under the root
#   chain-rsa.pem, chain-ec.pem   intermediate + root, for -CAfile / -certfile
#   signer-rsa, signer-ec    valid signers (digitalSignature, nonRepudiation)
#   expired-rsa, expired-ec  expired yesterday
#   notyet-rsa               valid from now + 30 days
#   nokeyusage-rsa           keyUsage keyEncipherment only
#   revoked-rsa              revoked (keyCompromise) in crl.pem
#   expiring-rsa             valid for 10 more days (expiry warning)
#   critical-rsa             carries an unknown critical extension
#   untrusted-rsa            under other-root.pem, which nobody trusts
#   crl.pem                  CRL of inter-rsa that revokes revoked-rsa
#   fake-crl.pem             CRL with inter-rsa's name, signed by another key
set -euo pipefail

out=${1:?usage: make-test-pki.sh OUTDIR}
passphrase='Richtiges Pferd Batterie 42'
mkdir -p "$out"
cd "$out"
printf '%s' "$passphrase" > passphrase.txt

now=$(date -u +%s)
day=86400
# A time relative to now, as openssl's -not_before/-not_after take it.
at() { date -u -d "@$((now + $1))" +%Y%m%d%H%M%SZ; }

cat > extensions.cnf <<'CNF'
[root]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash

[intermediate]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always

[signer]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, nonRepudiation
extendedKeyUsage = emailProtection
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always

[encipherment]
basicConstraints = critical, CA:FALSE
keyUsage = critical, keyEncipherment
extendedKeyUsage = emailProtection
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always

[critical]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, nonRepudiation
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
1.3.6.1.4.1.55555.1.1 = critical, ASN1:UTF8String:unusual
CNF

key() {
    case $2 in
    rsa) openssl genpkey -quiet -algorithm RSA -pkeyopt rsa_keygen_bits:3072 -out "$1.key" ;;
    ec) openssl genpkey -quiet -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1.key" ;;
    esac
}

# self_signed NAME TYPE SUBJECT FROM UNTIL
self_signed() {
    key "$1" "$2"
    openssl req -new -utf8 -key "$1.key" -subj "$3" -out "$1.csr"
    openssl x509 -req -in "$1.csr" -key "$1.key" -out "$1.pem" \
        -not_before "$(at "$4")" -not_after "$(at "$5")" \
        -extfile extensions.cnf -extensions root 2>/dev/null
    rm "$1.csr"
}

# issue NAME TYPE SUBJECT ISSUER FROM UNTIL EXTENSIONS
issue() {
    key "$1" "$2"
    openssl req -new -utf8 -key "$1.key" -subj "$3" -out "$1.csr"
    openssl x509 -req -in "$1.csr" -CA "$4.pem" -CAkey "$4.key" -out "$1.pem" \
        -not_before "$(at "$5")" -not_after "$(at "$6")" \
        -extfile extensions.cnf -extensions "$7" 2>/dev/null
    rm "$1.csr"
}

# bundle NAME CHAIN: the PKCS #12 file, encrypted as openssl 3 does by default (AES-256, PBKDF2).
bundle() {
    openssl pkcs12 -export -inkey "$1.key" -in "$1.pem" -certfile "$2" -name "$1" \
        -passout "pass:$passphrase" -out "$1.p12"
}

org='/C=DE/O=Workroom Test PKI'
self_signed root rsa "$org/CN=Workroom Test Root CA" $((-2 * 365 * day)) $((25 * 365 * day))
issue inter-rsa rsa "$org/CN=Workroom Test Signing CA RSA" root $((-365 * day)) $((10 * 365 * day)) intermediate
issue inter-ec ec "$org/CN=Workroom Test Signing CA EC" root $((-365 * day)) $((10 * 365 * day)) intermediate
cat inter-rsa.pem root.pem > chain-rsa.pem
cat inter-ec.pem root.pem > chain-ec.pem

town='/C=DE/O=Stadt Musterstadt/OU=Bürgeramt'
signer() { # NAME TYPE CN FROM UNTIL EXTENSIONS
    local ca=inter-$2
    issue "$1" "$2" "$town/CN=$3" "$ca" "$4" "$5" "$6"
    bundle "$1" "chain-$2.pem"
}
signer signer-rsa rsa 'Erika Mustermann' $((-day)) $((2 * 365 * day)) signer
signer signer-ec ec 'Max Mustermann' $((-day)) $((2 * 365 * day)) signer
signer expired-rsa rsa 'Abgelaufen RSA' $((-2 * 365 * day)) $((-day)) signer
signer expired-ec ec 'Abgelaufen EC' $((-2 * 365 * day)) $((-day)) signer
signer notyet-rsa rsa 'Noch Nicht' $((30 * day)) $((2 * 365 * day)) signer
signer nokeyusage-rsa rsa 'Ohne Signaturrecht' $((-day)) $((2 * 365 * day)) encipherment
signer revoked-rsa rsa 'Gesperrt' $((-day)) $((2 * 365 * day)) signer
signer expiring-rsa rsa 'Bald Abgelaufen' $((-day)) $((10 * day)) signer
signer critical-rsa rsa 'Unbekannte Erweiterung' $((-day)) $((2 * 365 * day)) critical

self_signed other-root rsa '/C=DE/O=Elsewhere/CN=Untrusted Root CA' $((-365 * day)) $((10 * 365 * day))
issue untrusted-rsa rsa "$town/CN=Fremde Person" other-root $((-day)) $((2 * 365 * day)) signer
cat other-root.pem > chain-untrusted.pem
bundle untrusted-rsa chain-untrusted.pem

# The CRL: `openssl ca` keeps its state in a small database.
ca_crl() { # CA-NAME DIR OUT [CERT-TO-REVOKE]
    mkdir -p "$2"
    : > "$2/index.txt"
    echo 1000 > "$2/crlnumber"
    printf '[ca]\ndefault_ca = this\n[this]\ndatabase = %s/index.txt\ncrlnumber = %s/crlnumber\ndefault_md = sha256\ndefault_crl_days = 30\n' \
        "$2" "$2" > "$2/ca.cnf"
    if [ -n "${4:-}" ]; then
        openssl ca -batch -config "$2/ca.cnf" -keyfile "$1.key" -cert "$1.pem" \
            -revoke "$4" -crl_reason keyCompromise 2>/dev/null
    fi
    openssl ca -batch -config "$2/ca.cnf" -keyfile "$1.key" -cert "$1.pem" -gencrl -out "$3" 2>/dev/null
}
ca_crl inter-rsa ca-db crl.pem revoked-rsa.pem

# A CA with inter-rsa's name but another key signs the fake CRL.
key fake-inter rsa
openssl req -new -x509 -key fake-inter.key -subj "$org/CN=Workroom Test Signing CA RSA" \
    -days 30 -out fake-inter.pem 2>/dev/null
ca_crl fake-inter fake-db fake-crl.pem signer-rsa.pem
