#include "PdfFormExtras.h"

#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QSet>

#include <zlib.h>

#include <cstdlib>
#include <memory>

namespace workroom::pdf {

namespace {

Q_LOGGING_CATEGORY(lcExtras, "workroom.pdf.form")

// Forms are small; a file beyond this is still filled, only without the extras.
constexpr qint64 maxExtrasFileSize = qint64(64) << 20;
constexpr int maxDepth = 64;  // of nested objects and of the field tree

constexpr int flagRequired = 1 << 1;
constexpr int flagComb = 1 << 24;

// A PDF object, as far as the extras need it: streams keep their dictionary and raw bytes.
struct Obj {
    enum Type { Null, Bool, Number, String, Name, Array, Dictionary, Reference };
    Type type = Null;
    double number = 0;
    QByteArray bytes;  // string bytes or name (without '/')
    QList<Obj> items;
    std::shared_ptr<QHash<QByteArray, Obj>> dict;
    int ref = 0;
    QByteArray stream;  // raw (still encoded) stream data of a stream object

    const Obj *get(const QByteArray &key) const
    {
        if (type != Dictionary || !dict) {
            return nullptr;
        }
        const auto found = dict->constFind(key);
        return found == dict->cend() ? nullptr : &*found;
    }
};

bool isWhite(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool isDelimiter(char c)
{
    return QByteArrayView("()<>[]{}/%").contains(c);
}

class Parser {
public:
    Parser(const QByteArray &data, qsizetype pos) : d_(data), pos_(pos) {}

    qsizetype pos() const { return pos_; }

    void skipSpace()
    {
        while (pos_ < d_.size()) {
            if (isWhite(d_[pos_])) {
                ++pos_;
            } else if (d_[pos_] == '%') {
                while (pos_ < d_.size() && d_[pos_] != '\n' && d_[pos_] != '\r') {
                    ++pos_;
                }
            } else {
                break;
            }
        }
    }

    QByteArray keyword()
    {
        skipSpace();
        const qsizetype start = pos_;
        while (pos_ < d_.size() && !isWhite(d_[pos_]) && !isDelimiter(d_[pos_])) {
            ++pos_;
        }
        return d_.mid(start, pos_ - start);
    }

    bool parse(Obj &out, int depth = 0)
    {
        if (depth > maxDepth) {
            return false;
        }
        skipSpace();
        if (pos_ >= d_.size()) {
            return false;
        }
        const char c = d_[pos_];
        if (c == '/') {
            ++pos_;
            out.type = Obj::Name;
            const qsizetype start = pos_;
            while (pos_ < d_.size() && !isWhite(d_[pos_]) && !isDelimiter(d_[pos_])) {
                ++pos_;
            }
            out.bytes = unescapeName(d_.mid(start, pos_ - start));
            return true;
        }
        if (c == '(') {
            out.type = Obj::String;
            return literalString(out.bytes);
        }
        if (c == '<' && pos_ + 1 < d_.size() && d_[pos_ + 1] == '<') {
            pos_ += 2;
            out.type = Obj::Dictionary;
            out.dict = std::make_shared<QHash<QByteArray, Obj>>();
            while (true) {
                skipSpace();
                if (pos_ + 1 < d_.size() && d_[pos_] == '>' && d_[pos_ + 1] == '>') {
                    pos_ += 2;
                    break;
                }
                Obj key;
                Obj value;
                if (!parse(key, depth + 1) || key.type != Obj::Name || !parse(value, depth + 1)) {
                    return false;
                }
                out.dict->insert(key.bytes, value);
            }
            return true;
        }
        if (c == '<') {
            ++pos_;
            out.type = Obj::String;
            QByteArray hex;
            while (pos_ < d_.size() && d_[pos_] != '>') {
                if (!isWhite(d_[pos_])) {
                    hex += d_[pos_];
                }
                ++pos_;
            }
            ++pos_;
            out.bytes = QByteArray::fromHex(hex);
            return true;
        }
        if (c == '[') {
            ++pos_;
            out.type = Obj::Array;
            while (true) {
                skipSpace();
                if (pos_ < d_.size() && d_[pos_] == ']') {
                    ++pos_;
                    break;
                }
                Obj item;
                if (!parse(item, depth + 1)) {
                    return false;
                }
                out.items.append(item);
            }
            return true;
        }
        const QByteArray word = keyword();
        if (word.isEmpty()) {
            ++pos_;  // a stray delimiter: step over it so that the caller cannot loop
            return false;
        }
        if (word == "true" || word == "false") {
            out.type = Obj::Bool;
            out.number = word == "true" ? 1 : 0;
            return true;
        }
        if (word == "null") {
            out.type = Obj::Null;
            return true;
        }
        bool ok = false;
        out.number = word.toDouble(&ok);
        if (!ok) {
            return false;
        }
        out.type = Obj::Number;
        // "12 0 R" is a reference: look ahead without consuming anything else.
        const qsizetype save = pos_;
        const QByteArray generation = keyword();
        bool isInt = false;
        generation.toInt(&isInt);
        if (isInt && keyword() == "R") {
            out.type = Obj::Reference;
            out.ref = int(out.number);
            return true;
        }
        pos_ = save;
        return true;
    }

private:
    static QByteArray unescapeName(const QByteArray &raw)
    {
        QByteArray name;
        for (qsizetype i = 0; i < raw.size(); ++i) {
            if (raw[i] == '#' && i + 2 < raw.size()) {
                name += char(raw.mid(i + 1, 2).toInt(nullptr, 16));
                i += 2;
            } else {
                name += raw[i];
            }
        }
        return name;
    }

    bool literalString(QByteArray &out)
    {
        ++pos_;
        int nesting = 1;
        while (pos_ < d_.size()) {
            const char c = d_[pos_++];
            if (c == '\\' && pos_ < d_.size()) {
                const char e = d_[pos_++];
                switch (e) {
                case 'n':
                    out += '\n';
                    break;
                case 'r':
                    out += '\r';
                    break;
                case 't':
                    out += '\t';
                    break;
                case 'b':
                    out += '\b';
                    break;
                case 'f':
                    out += '\f';
                    break;
                case '\r':
                case '\n':
                    break;  // a line continuation
                default:
                    if (e >= '0' && e <= '7') {
                        int value = e - '0';
                        for (int k = 0;
                             k < 2 && pos_ < d_.size() && d_[pos_] >= '0' && d_[pos_] <= '7'; ++k) {
                            value = value * 8 + (d_[pos_++] - '0');
                        }
                        out += char(value);
                    } else {
                        out += e;
                    }
                }
                continue;
            }
            if (c == '(') {
                ++nesting;
            } else if (c == ')' && --nesting == 0) {
                return true;
            }
            out += c;
        }
        return false;
    }

    const QByteArray &d_;
    qsizetype pos_;
};

QByteArray inflate(const QByteArray &data)
{
    z_stream stream{};
    if (inflateInit(&stream) != Z_OK) {
        return {};
    }
    QByteArray out;
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    int result = Z_OK;
    while (result == Z_OK && out.size() < maxExtrasFileSize) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer.data());
        stream.avail_out = uInt(buffer.size());
        result = inflate(&stream, Z_NO_FLUSH);
        out.append(buffer.constData(), buffer.size() - qsizetype(stream.avail_out));
    }
    inflateEnd(&stream);
    return result == Z_STREAM_END || result == Z_BUF_ERROR ? out : QByteArray();
}

// Finds every object by scanning for "n g obj" instead of trusting the cross-reference
// table: that copes with incremental updates (later definitions win) and with damaged
// tables alike, and object streams are unpacked afterwards.
class ObjectStore {
public:
    explicit ObjectStore(const QByteArray &data) : data_(data) { scan(); }

    bool encrypted() const { return encrypted_; }
    const Obj *catalog() const { return catalog_ >= 0 ? lookup(catalog_) : nullptr; }

    const Obj *lookup(int number) const
    {
        const auto found = objects_.constFind(number);
        return found == objects_.cend() ? nullptr : &*found;
    }

    const Obj *resolve(const Obj *object, int hops = 0) const
    {
        while (object && object->type == Obj::Reference && hops++ < maxDepth) {
            object = lookup(object->ref);
        }
        return object;
    }

private:
    void scan()
    {
        QList<int> objectStreams;
        qsizetype pos = 0;
        while ((pos = data_.indexOf(" obj", pos)) >= 0) {
            const qsizetype header = headerStart(pos);
            pos += 4;
            if (header < 0) {
                continue;
            }
            const QList<QByteArray> parts =
                data_.mid(header, pos - 4 - header).simplified().split(' ');
            const int number = parts.value(0).toInt();
            Parser parser(data_, pos);
            Obj object;
            if (!parser.parse(object)) {
                continue;
            }
            qsizetype end = parser.pos();
            Parser after(data_, end);
            if (after.keyword() == "stream") {
                qsizetype start = after.pos();
                if (start < data_.size() && data_[start] == '\r') {
                    ++start;
                }
                if (start < data_.size() && data_[start] == '\n') {
                    ++start;
                }
                const Obj *length = object.get("Length");
                qsizetype size =
                    length && length->type == Obj::Number ? qsizetype(length->number) : -1;
                if (size < 0 || start + size > data_.size()
                    || data_.indexOf("endstream", start + size) < 0) {
                    size = data_.indexOf("endstream", start) - start;
                }
                if (size < 0) {
                    break;
                }
                object.stream = data_.mid(start, size);
                end = start + size;
                const Obj *type = object.get("Type");
                if (type && type->bytes == "ObjStm") {
                    objectStreams.append(number);
                }
            }
            noteSpecial(number, object);
            objects_.insert(number, object);
            pos = std::max(pos, end);
        }
        for (int number : std::as_const(objectStreams)) {
            unpack(number);
        }
        // Classic trailers name the catalog and the encryption; the last one is current.
        qsizetype trailer = 0;
        while ((trailer = data_.indexOf("trailer", trailer)) >= 0) {
            trailer += 7;
            Parser parser(data_, trailer);
            Obj dict;
            if (parser.parse(dict) && dict.type == Obj::Dictionary) {
                if (dict.get("Encrypt")) {
                    encrypted_ = true;
                }
                if (const Obj *root = dict.get("Root"); root && root->type == Obj::Reference) {
                    catalog_ = root->ref;
                }
            }
        }
        if (catalog_ < 0) {
            for (auto it = objects_.cbegin(); it != objects_.cend(); ++it) {
                noteSpecial(it.key(), it.value());
            }
        }
    }

    // The start of "n g" before " obj" at pos, or -1 when these are not two integers.
    qsizetype headerStart(qsizetype pos) const
    {
        qsizetype i = pos;
        int numbers = 0;
        while (numbers < 2) {
            while (i > 0 && (data_[i - 1] == ' ')) {
                --i;
            }
            const qsizetype digitsEnd = i;
            while (i > 0 && data_[i - 1] >= '0' && data_[i - 1] <= '9') {
                --i;
            }
            if (i == digitsEnd) {
                return -1;
            }
            ++numbers;
        }
        return i == 0 || isWhite(data_[i - 1]) ? i : -1;
    }

    void noteSpecial(int number, const Obj &object)
    {
        const Obj *type = object.get("Type");
        if (type && type->bytes == "Catalog") {
            catalog_ = number;  // the last one is the one an update made current
        }
        if (object.get("Encrypt")) {
            encrypted_ = true;
        }
        if (type && type->bytes == "XRef" && object.get("Encrypt")) {
            encrypted_ = true;
        }
    }

    void unpack(int number)
    {
        const Obj *stream = lookup(number);
        const Obj *filter = stream ? stream->get("Filter") : nullptr;
        if (!stream || (filter && filter->bytes != "FlateDecode")) {
            return;
        }
        const QByteArray data = filter ? inflate(stream->stream) : stream->stream;
        const Obj *count = stream->get("N");
        const Obj *first = stream->get("First");
        if (!count || !first) {
            return;
        }
        Parser header(data, 0);
        QList<std::pair<int, qsizetype>> entries;
        for (int i = 0; i < int(count->number); ++i) {
            Obj objectNumber;
            Obj offset;
            if (!header.parse(objectNumber) || !header.parse(offset)) {
                return;
            }
            entries.append({int(objectNumber.number), qsizetype(offset.number)});
        }
        for (const auto &[objectNumber, offset] : entries) {
            // An object also defined directly is one that an update rewrote: that one wins.
            if (objects_.contains(objectNumber)) {
                continue;
            }
            Parser parser(data, qsizetype(first->number) + offset);
            Obj object;
            if (parser.parse(object)) {
                objects_.insert(objectNumber, object);
            }
        }
    }

    const QByteArray &data_;
    QHash<int, Obj> objects_;
    int catalog_ = -1;
    bool encrypted_ = false;
};

QString textString(const QByteArray &bytes)
{
    if (bytes.startsWith("\xfe\xff")) {
        QString text;
        for (qsizetype i = 2; i + 1 < bytes.size(); i += 2) {
            text += QChar(char16_t((uchar(bytes[i]) << 8) | uchar(bytes[i + 1])));
        }
        return text;
    }
    if (bytes.startsWith("\xef\xbb\xbf")) {
        return QString::fromUtf8(bytes.mid(3));
    }
    // PDFDocEncoding agrees with Latin-1 for the letters forms use.
    return QString::fromLatin1(bytes);
}

FormValue valueOf(const ObjectStore &store, const Obj *object)
{
    object = store.resolve(object);
    if (!object) {
        return {};
    }
    switch (object->type) {
    case Obj::String:
        return FormValue(textString(object->bytes));
    case Obj::Name:
        return FormValue(QString::fromUtf8(object->bytes));
    case Obj::Array: {
        QStringList items;
        for (const Obj &item : object->items) {
            const Obj *resolved = store.resolve(&item);
            if (resolved && resolved->type == Obj::String) {
                items.append(textString(resolved->bytes));
            }
        }
        return FormValue(items);
    }
    default:
        return {};
    }
}

struct Inherited {
    QString name;
    QString label;
    int flags = 0;
    const Obj *defaultValue = nullptr;
    QByteArray type;
};

void walkFields(const ObjectStore &store, const Obj *node, Inherited inherited, int depth,
                QSet<const Obj *> &seen, FormExtras &extras)
{
    node = store.resolve(node);
    if (!node || node->type != Obj::Dictionary || depth > maxDepth || seen.contains(node)) {
        return;
    }
    seen.insert(node);
    if (const Obj *t = store.resolve(node->get("T")); t && t->type == Obj::String) {
        const QString partial = textString(t->bytes);
        inherited.name = inherited.name.isEmpty() ? partial : inherited.name + u'.' + partial;
        const Obj *tu = store.resolve(node->get("TU"));
        inherited.label = tu && tu->type == Obj::String ? textString(tu->bytes) : QString();
    }
    if (const Obj *ff = store.resolve(node->get("Ff")); ff && ff->type == Obj::Number) {
        inherited.flags = int(qint64(ff->number));
    }
    if (const Obj *dv = node->get("DV")) {
        inherited.defaultValue = dv;
    }
    if (const Obj *ft = store.resolve(node->get("FT")); ft && ft->type == Obj::Name) {
        inherited.type = ft->bytes;
    }
    const Obj *kids = store.resolve(node->get("Kids"));
    bool hasFieldKids = false;
    if (kids && kids->type == Obj::Array) {
        for (const Obj &kid : kids->items) {
            const Obj *resolved = store.resolve(&kid);
            if (resolved && resolved->get("T")) {
                hasFieldKids = true;
                walkFields(store, resolved, inherited, depth + 1, seen, extras);
            }
        }
    }
    if (hasFieldKids || inherited.name.isEmpty()) {
        return;
    }
    FieldExtras field;
    field.label = inherited.label;
    field.required = inherited.flags & flagRequired;
    field.comb = inherited.type == "Tx" && (inherited.flags & flagComb);
    field.defaultValue = valueOf(store, inherited.defaultValue);
    if (inherited.type == "Btn" && field.defaultValue.items.isEmpty()) {
        field.defaultValue = FormValue(QStringLiteral("Off"));
    }
    extras.fields.insert(inherited.name, field);
}

void walkPages(const ObjectStore &store, const Obj *node, int depth, QSet<const Obj *> &seen,
               FormExtras &extras, int &pageIndex)
{
    node = store.resolve(node);
    if (!node || depth > maxDepth || seen.contains(node)) {
        return;
    }
    seen.insert(node);
    const Obj *kids = store.resolve(node->get("Kids"));
    if (kids && kids->type == Obj::Array) {
        for (const Obj &kid : kids->items) {
            walkPages(store, &kid, depth + 1, seen, extras, pageIndex);
        }
        return;
    }
    if (const Obj *tabs = store.resolve(node->get("Tabs"));
        tabs && tabs->type == Obj::Name && !tabs->bytes.isEmpty()) {
        extras.tabsByPage.insert(pageIndex, QChar::fromLatin1(tabs->bytes.at(0)));
    }
    ++pageIndex;
}

}  // namespace

FormExtras readFormExtras(const QString &path)
{
    FormExtras extras;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > maxExtrasFileSize) {
        return extras;
    }
    const QByteArray data = file.readAll();
    const ObjectStore store(data);
    if (store.encrypted()) {
        // Strings of an encrypted file are encrypted too; Poppler's view is all there is.
        qCDebug(lcExtras) << "encrypted form: no extras";
        return extras;
    }
    const Obj *catalog = store.catalog();
    if (!catalog) {
        return extras;
    }
    if (const Obj *acroForm = store.resolve(catalog->get("AcroForm"))) {
        if (const Obj *fields = store.resolve(acroForm->get("Fields"));
            fields && fields->type == Obj::Array) {
            QSet<const Obj *> seen;
            for (const Obj &field : fields->items) {
                walkFields(store, &field, {}, 0, seen, extras);
            }
        }
    }
    QSet<const Obj *> seenPages;
    int pageIndex = 0;
    walkPages(store, catalog->get("Pages"), 0, seenPages, extras, pageIndex);
    return extras;
}

}  // namespace workroom::pdf
