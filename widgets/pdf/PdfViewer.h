#pragma once

#include "PdfDocument.h"

#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPrinter;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QToolBar;

namespace workroom::widgets {

class PdfFormOverlay;
class PdfThumbnailBar;
class PdfView;

// The PDF viewer: a tool bar (page x of n, zoom, search, rotation, printing, thumbnails), the
// thumbnails, the pages (PdfView) and a search bar. Opens a file off the GUI thread, asks for
// the password of an encrypted file (and again after a wrong one), and says in the view why a
// file cannot be shown or what is missing (an XFA form). A fillable AcroForm gets editors over
// its fields and "Save Form".
class PdfViewer : public QWidget {
    Q_OBJECT

public:
    enum class State { Empty, Loading, NeedsPassword, Failed, Showing };
    Q_ENUM(State)

    explicit PdfViewer(QWidget *parent = nullptr);
    ~PdfViewer() override;

    // Opens a file; `displayName` is what the user knows it as (the original file name of a
    // document version), shown in messages instead of the path of a temporary copy.
    void openFile(const QString &path, const QString &displayName = {});
    // Opens the file again with this password (what the password field does).
    void submitPassword(const QString &password);

    State state() const { return state_; }
    // Why a file is not shown, what it needs, or what is missing (XFA); empty otherwise.
    QString message() const;
    QString path() const { return path_; }
    QString displayName() const { return displayName_; }

    PdfView *view() const { return view_; }
    PdfThumbnailBar *thumbnails() const { return thumbnails_; }
    PdfFormOverlay *form() const { return form_; }
    QToolBar *toolBar() const { return toolBar_; }
    QAction *findAction() const { return findAction_; }
    QAction *printAction() const { return printAction_; }
    QAction *saveFormAction() const { return saveFormAction_; }

    // Shows the print dialog and prints in the background.
    void print();
    // Prints all pages (or the printer's page range) on a worker thread; printFinished tells.
    void printTo(std::shared_ptr<QPrinter> printer);
    // Lets the form be saved; the hosting window decides where (a new document version).
    void setFormSaveHandler(std::function<void(const QString &filledFile)> handler);

signals:
    void stateChanged(State state);
    void titleChanged(const QString &title);
    void printFinished(bool ok, const QString &message);
    void formSaved(const QString &path);
    void errorOccurred(const QString &message);

private:
    void createActions();
    void createToolBar();
    QWidget *createStatusPage();
    QWidget *createSearchBar();
    void setState(State state, const QString &message = {});
    void load(const QByteArray &password);
    void showDocument(std::shared_ptr<pdf::PdfDocument> document);
    void updatePageControls();
    void updateZoomControls();
    void zoomChosen(int index);
    void zoomTyped();
    void showSearchBar();
    void hideSearchBar();
    void runSearch();
    void updateHits(int current, int count);
    void saveForm();

    State state_ = State::Empty;
    QString path_;
    QString displayName_;
    QString message_;
    quint64 loadGeneration_ = 0;
    std::shared_ptr<pdf::PdfDocument> document_;
    std::function<void(const QString &)> formSaveHandler_;

    QToolBar *toolBar_ = nullptr;
    QStackedWidget *stack_ = nullptr;
    QLabel *statusLabel_ = nullptr;
    QWidget *passwordPanel_ = nullptr;
    QLineEdit *passwordEdit_ = nullptr;
    QPushButton *passwordButton_ = nullptr;
    QLabel *banner_ = nullptr;
    PdfView *view_ = nullptr;
    PdfThumbnailBar *thumbnails_ = nullptr;
    PdfFormOverlay *form_ = nullptr;

    QSpinBox *pageSpin_ = nullptr;
    QLabel *pageCountLabel_ = nullptr;
    QComboBox *zoomCombo_ = nullptr;

    QWidget *searchBar_ = nullptr;
    QLineEdit *searchEdit_ = nullptr;
    QCheckBox *caseSensitive_ = nullptr;
    QLabel *hitLabel_ = nullptr;

    QAction *thumbnailsAction_ = nullptr;
    QAction *zoomInAction_ = nullptr;
    QAction *zoomOutAction_ = nullptr;
    QAction *fitWidthAction_ = nullptr;
    QAction *fitPageAction_ = nullptr;
    QAction *rotateLeftAction_ = nullptr;
    QAction *rotateRightAction_ = nullptr;
    QAction *findAction_ = nullptr;
    QAction *findNextAction_ = nullptr;
    QAction *findPreviousAction_ = nullptr;
    QAction *printAction_ = nullptr;
    QAction *saveFormAction_ = nullptr;
    std::shared_ptr<std::atomic_bool> printCancel_;
};

}  // namespace workroom::widgets
