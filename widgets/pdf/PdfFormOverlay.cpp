#include "PdfFormOverlay.h"

#include "FormFieldEditorFactory.h"
#include "PageTurn.h"
#include "PdfView.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QScrollBar>
#include <QWidget>
#include <QtConcurrentRun>

#include <cmath>

namespace workroom::widgets {

namespace {

// Where a form widget stands in the view's viewport. The form's coordinates are those of the
// page with /Rotate 0; `ownRotation` is the page's own /Rotate, which the view already shows.
QRect rectInView(const PdfView &view, int ownRotation, const pdf::FormWidget &widget)
{
    QSizeF unrotated = view.document()->pageSize(widget.pageIndex);
    if (ownRotation == 90 || ownRotation == 270) {
        unrotated.transpose();
    }
    return (turnedClockwise(ownRotation, unrotated) * view.pageTransform(widget.pageIndex))
        .mapRect(widget.rect)
        .toAlignedRect();
}

}  // namespace

PdfFormOverlay::PdfFormOverlay(PdfView *view, QObject *parent)
    : QObject(parent), view_(view), factory_(new FormFieldEditorFactory(this))
{
    connect(view_, &PdfView::geometryChanged, this, &PdfFormOverlay::place);
    connect(factory_, &FormFieldEditorFactory::valueChanged, this,
            [this](const QString &name, const pdf::FormValue &value) {
                changed_.insert(name, value);
                emit valueChanged(name);
            });
}

PdfFormOverlay::~PdfFormOverlay()
{
    clear();
}

void PdfFormOverlay::clear()
{
    ++generation_;
    for (const Placed &placed : std::as_const(placed_)) {
        delete placed.editor.data();
    }
    placed_.clear();
    fields_.clear();
    changed_.clear();
}

void PdfFormOverlay::setDocument(std::shared_ptr<const pdf::PdfDocument> document,
                                 const QString &path, const QByteArray &password)
{
    const bool had = hasFields();
    clear();
    path_ = path;
    password_ = password;
    if (had) {
        emit formChanged();
    }
    if (!document || document->formKind() != pdf::PdfFormKind::AcroForm) {
        return;
    }
    const quint64 generation = generation_;
    auto *watcher = new QFutureWatcher<std::shared_ptr<pdf::PdfForm>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == generation_ && watcher->result()) {
            build(watcher->result());
        }
    });
    watcher->setFuture(QtConcurrent::run([path, password]() -> std::shared_ptr<pdf::PdfForm> {
        auto form = pdf::PdfForm::open(path, password);
        if (!form || form->isXfaOnly()) {
            return nullptr;
        }
        return std::make_shared<pdf::PdfForm>(std::move(*form));
    }));
}

void PdfFormOverlay::build(std::shared_ptr<pdf::PdfForm> form)
{
    fields_ = form->fields();
    pageRotations_.clear();
    for (int page = 0; page < form->pageCount(); ++page) {
        pageRotations_.append(form->pageRotation(page));
    }
    QWidget *previous = view_;
    for (qsizetype index = 0; index < fields_.size(); ++index) {
        const QList<QWidget *> editors =
            factory_->createEditors(fields_.at(index), view_->viewport());
        for (qsizetype widget = 0; widget < editors.size(); ++widget) {
            QWidget *editor = editors.at(widget);
            placed_.append(Placed{.field = int(index), .widget = int(widget), .editor = editor});
            editor->installEventFilter(this);
            QWidget::setTabOrder(previous, editor);
            previous = editor;
        }
    }
    place();
    for (const Placed &placed : std::as_const(placed_)) {
        if (placed.editor) {
            placed.editor->show();
        }
    }
    emit formChanged();
}

void PdfFormOverlay::place()
{
    if (placed_.isEmpty() || !view_->document()) {
        return;
    }
    const pdf::PdfDocument &document = *view_->document();
    const double pixelsPerPoint = view_->zoom() * 96.0 / 72.0;
    const QRect visible = view_->viewport()->rect();
    for (const Placed &placed : std::as_const(placed_)) {
        if (!placed.editor) {
            continue;
        }
        const pdf::FormField &field = fields_.at(placed.field);
        const pdf::FormWidget &widget = field.widgets.at(placed.widget);
        if (widget.pageIndex < 0 || widget.pageIndex >= document.pageCount()) {
            placed.editor->hide();
            continue;
        }
        const QRect rect = rectInView(*view_, pageRotations_.value(widget.pageIndex), widget);
        // Editors far outside the view are parked just outside it: still in the tab chain
        // (hidden widgets are not), but not laid out at every scroll step.
        if (!rect.intersects(visible.adjusted(0, -visible.height(), 0, visible.height()))) {
            if (placed.editor->y() >= 0 && placed.editor->y() < visible.height()) {
                placed.editor->move(rect.x(),
                                    rect.y() < 0 ? -rect.height() - 10 : visible.height() + 10);
            }
            continue;
        }
        if (placed.editor->geometry() != rect) {
            placed.editor->setGeometry(rect);
            FormFieldEditorFactory::applyScale(field, placed.editor, pixelsPerPoint);
        }
    }
}

bool PdfFormOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        // Tabbing to a field outside the view brings it into view.
        for (const Placed &placed : std::as_const(placed_)) {
            if (placed.editor != watched) {
                continue;
            }
            const pdf::FormWidget &widget = fields_.at(placed.field).widgets.at(placed.widget);
            const QRect rect = rectInView(*view_, pageRotations_.value(widget.pageIndex), widget);
            const QRect visible = view_->viewport()->rect();
            if (rect.top() < 0 || rect.bottom() > visible.height()) {
                QScrollBar *bar = view_->verticalScrollBar();
                bar->setValue(bar->value() + rect.center().y() - visible.height() / 2);
            }
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

QList<QWidget *> PdfFormOverlay::editors() const
{
    QList<QWidget *> result;
    for (const Placed &placed : placed_) {
        if (placed.editor) {
            result.append(placed.editor);
        }
    }
    return result;
}

QList<QWidget *> PdfFormOverlay::editorsOf(const QString &fieldName) const
{
    QList<QWidget *> result;
    for (const Placed &placed : placed_) {
        if (placed.editor && fields_.at(placed.field).name == fieldName) {
            result.append(placed.editor);
        }
    }
    return result;
}

void PdfFormOverlay::save(const QString &displayName, std::function<void(const QString &)> done)
{
    if (!saves_) {
        saves_ = std::make_unique<QTemporaryDir>(QDir::tempPath()
                                                 + QStringLiteral("/workroom-forms-XXXXXX"));
    }
    if (!saves_->isValid()) {
        emit errorOccurred(
            tr("No temporary folder for the filled form: %1").arg(saves_->errorString()));
        return;
    }
    // The filled copy keeps the name the user knows, so that the new version reads the same.
    QString name = QFileInfo(displayName).completeBaseName();
    if (name.isEmpty()) {
        name = QStringLiteral("form");
    }
    const QString folder = saves_->filePath(QString::number(++saveCount_));
    QDir().mkpath(folder);
    saveAs(folder + QLatin1Char('/') + name + QStringLiteral(".pdf"), std::move(done));
}

void PdfFormOverlay::saveAs(const QString &target, std::function<void(const QString &)> done)
{
    const QString source = path_;
    const QByteArray password = password_;
    const QMap<QString, pdf::FormValue> values = changed_;
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, target, done = std::move(done)] {
                watcher->deleteLater();
                const QString error = watcher->result();
                if (!error.isEmpty()) {
                    emit errorOccurred(error);
                    return;
                }
                emit saved(target);
                if (done) {
                    done(target);
                }
            });
    // A form of its own on the worker: the one the editors were made from stays untouched.
    watcher->setFuture(QtConcurrent::run([source, password, values, target]() -> QString {
        auto form = pdf::PdfForm::open(source, password);
        if (!form) {
            return form.error().message;
        }
        if (auto set = form->setValues(values); !set) {
            return set.error().message;
        }
        if (auto written = form->saveAs(target); !written) {
            return written.error().message;
        }
        return {};
    }));
}

}  // namespace workroom::widgets
