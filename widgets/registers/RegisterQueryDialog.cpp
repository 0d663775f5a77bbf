#include "RegisterQueryDialog.h"

#include "Icons.h"
#include "OfflineQueue.h"
#include "RegisterExtract.h"
#include "RegisterSignIn.h"
#include "RegisterTexts.h"
#include "Workspace.h"

#include <QAccessible>
#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace workroom::widgets {

using registers::FieldProblem;
using registers::QueryKind;
using registers::QueryOutcome;
using registers::QueryRequest;
using registers::QueryResult;
using registers::RegisterErrorCode;

namespace {

// "Musterweg 3a" → "Musterweg", "3a": parties keep street and number in one field, the
// register wants them apart.
std::pair<QString, QString> splitStreet(const QString &street)
{
    static const QRegularExpression numbered(
        QStringLiteral(R"(^(.*\S)\s+(\d+\s*[a-zA-Z]?(?:\s*[-/]\s*\d+\s*[a-zA-Z]?)?)$)"));
    const QRegularExpressionMatch match = numbered.match(street.trimmed());
    if (match.hasMatch()) {
        return {match.captured(1), match.captured(2)};
    }
    return {street.trimmed(), QString()};
}

void announce(QWidget *widget, const QString &text, bool assertive)
{
    QAccessibleAnnouncementEvent announcement(widget, text);
    announcement.setPoliteness(assertive ? QAccessible::AnnouncementPoliteness::Assertive
                                         : QAccessible::AnnouncementPoliteness::Polite);
    QAccessible::updateAccessibility(&announcement);
}

QLineEdit *lineEdit(const char *name, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setAccessibleName(accessibleName);
    return edit;
}

}  // namespace

RegisterQueryDialog::RegisterQueryDialog(registers::RegisterService &service,
                                         registers::OfflineQueue *queue,
                                         casework::Workspace &workspace,
                                         const domain::CaseRecord &record, bool mayAttach,
                                         QWidget *parent)
    : QDialog(parent), service_(service), queue_(queue), workspace_(workspace), record_(record),
      mayAttach_(mayAttach)
{
    setObjectName(QStringLiteral("registerQueryDialog"));
    setWindowTitle(tr("Register query for %1").arg(record_.reference));
    if (auto parties = workspace_.cases().parties(record_.id)) {
        for (const domain::Party &party : std::as_const(*parties)) {
            // Only people are in the civil register.
            if (party.kind == domain::PartyKind::Person) {
                persons_.append(party);
            }
        }
    }
    buildForm();
    choosePerson(persons_.isEmpty() ? -1 : 0);
    updateKind();
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

RegisterQueryDialog::~RegisterQueryDialog()
{
    if (ticket_ != 0) {
        service_.cancel(ticket_);
    }
}

void RegisterQueryDialog::buildForm()
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(RegisterTexts::makeServiceBanner(service_, this));
    auto *caseLine = new QLabel(tr("Case %1: %2").arg(record_.reference, record_.subject), this);
    caseLine->setObjectName(QStringLiteral("registerCaseLine"));
    caseLine->setWordWrap(true);
    layout->addWidget(caseLine);

    formArea_ = new QWidget(this);
    auto *formLayout = new QVBoxLayout(formArea_);
    formLayout->setContentsMargins(0, 0, 0, 0);

    // --- whom to search
    auto *searchBox = new QGroupBox(tr("Whom to search"), formArea_);
    auto *search = new QFormLayout(searchBox);
    personChooser_ = new QComboBox(searchBox);
    personChooser_->setObjectName(QStringLiteral("personChooser"));
    personChooser_->setAccessibleName(tr("Party of the case"));
    for (const domain::Party &person : std::as_const(persons_)) {
        personChooser_->addItem(person.role.isEmpty()
                                    ? person.displayName()
                                    : tr("%1 – %2").arg(person.displayName(), person.role));
    }
    personChooser_->addItem(tr("Someone else (type the search data)"));
    connect(personChooser_, &QComboBox::activated, this,
            [this](int index) { choosePerson(index < persons_.size() ? index : -1); });
    search->addRow(tr("&Party:"), personChooser_);
    familyName_ = lineEdit("familyName", tr("Family name"), searchBox);
    search->addRow(tr("&Family name:"), familyName_);
    givenNames_ = lineEdit("givenNames", tr("Given names"), searchBox);
    search->addRow(tr("&Given names:"), givenNames_);

    auto *modeRow = new QWidget(searchBox);
    auto *modeLayout = new QHBoxLayout(modeRow);
    modeLayout->setContentsMargins(0, 0, 0, 0);
    byBirthDate_ = new QRadioButton(tr("Date of &birth"), modeRow);
    byBirthDate_->setObjectName(QStringLiteral("searchByBirthDate"));
    byAddress_ = new QRadioButton(tr("Previous a&ddress"), modeRow);
    byAddress_->setObjectName(QStringLiteral("searchByAddress"));
    auto *modeGroup = new QButtonGroup(this);
    modeGroup->addButton(byBirthDate_);
    modeGroup->addButton(byAddress_);
    byBirthDate_->setChecked(true);
    modeLayout->addWidget(byBirthDate_);
    modeLayout->addWidget(byAddress_);
    modeLayout->addStretch(1);
    search->addRow(tr("Search by:"), modeRow);
    connect(byBirthDate_, &QRadioButton::toggled, this, &RegisterQueryDialog::updateSearchMode);

    birthDate_ = lineEdit("birthDate", tr("Date of birth"), searchBox);
    birthDate_->setPlaceholderText(tr("DD.MM.YYYY"));
    birthDate_->setMaxLength(10);
    search->addRow(tr("Date of bi&rth:"), birthDate_);

    addressBox_ = new QWidget(searchBox);
    addressBox_->setObjectName(QStringLiteral("previousAddress"));
    auto *address = new QGridLayout(addressBox_);
    address->setContentsMargins(0, 0, 0, 0);
    street_ = lineEdit("street", tr("Street of the previous address"), addressBox_);
    street_->setPlaceholderText(tr("Street"));
    houseNumber_ = lineEdit("houseNumber", tr("House number of the previous address"), addressBox_);
    houseNumber_->setPlaceholderText(tr("No."));
    houseNumber_->setMaximumWidth(houseNumber_->fontMetrics().averageCharWidth() * 10);
    postalCode_ = lineEdit("postalCode", tr("Postal code of the previous address"), addressBox_);
    postalCode_->setPlaceholderText(tr("Postal code"));
    postalCode_->setMaximumWidth(postalCode_->fontMetrics().averageCharWidth() * 12);
    city_ = lineEdit("city", tr("Town of the previous address"), addressBox_);
    city_->setPlaceholderText(tr("Town"));
    address->addWidget(street_, 0, 0, 1, 2);
    address->addWidget(houseNumber_, 0, 2);
    address->addWidget(postalCode_, 1, 0);
    address->addWidget(city_, 1, 1, 1, 2);
    address->setColumnStretch(1, 1);
    search->addRow(tr("Pr&evious address:"), addressBox_);
    formLayout->addWidget(searchBox);

    // --- kind of query
    auto *kindBox = new QGroupBox(tr("Kind of query"), formArea_);
    auto *kind = new QVBoxLayout(kindBox);
    simpleKind_ = new QRadioButton(tr("S&imple query (einfache Melderegisterauskunft): name, "
                                      "doctoral degree and current address"),
                                   kindBox);
    simpleKind_->setObjectName(QStringLiteral("simpleQuery"));
    authorityKind_ = new QRadioButton(tr("&Authority query (Behördenauskunft): extended data; "
                                         "purpose and case reference required"),
                                      kindBox);
    authorityKind_->setObjectName(QStringLiteral("authorityQuery"));
    auto *kindGroup = new QButtonGroup(this);
    kindGroup->addButton(simpleKind_);
    kindGroup->addButton(authorityKind_);
    simpleKind_->setChecked(true);
    connect(authorityKind_, &QRadioButton::toggled, this, &RegisterQueryDialog::updateKind);
    authorityBox_ = new QWidget(kindBox);
    auto *authority = new QFormLayout(authorityBox_);
    authority->setContentsMargins(0, 0, 0, 0);
    purpose_ = lineEdit("purpose", tr("Purpose of the query"), authorityBox_);
    purpose_->setPlaceholderText(tr("Why the data are needed, e.g. serving a notice"));
    authority->addRow(tr("P&urpose (required):"), purpose_);
    caseReference_ = lineEdit("caseReference", tr("Case reference"), authorityBox_);
    caseReference_->setText(record_.reference);
    authority->addRow(tr("Case &reference (required):"), caseReference_);
    kind->addWidget(simpleKind_);
    kind->addWidget(authorityKind_);
    kind->addWidget(authorityBox_);
    formLayout->addWidget(kindBox);
    layout->addWidget(formArea_);

    // --- problems with the input, said next to the form
    problemPanel_ = new QWidget(this);
    problemPanel_->setObjectName(QStringLiteral("problemPanel"));
    auto *problemLayout = new QHBoxLayout(problemPanel_);
    problemLayout->setContentsMargins(0, 0, 0, 0);
    auto *problemIcon = new QLabel(problemPanel_);
    problemIcon->setPixmap(themedIcon(Icon::Error).pixmap(22, 22));
    problemText_ = new QLabel(problemPanel_);
    problemText_->setObjectName(QStringLiteral("problemText"));
    problemText_->setAccessibleName(tr("Problem"));
    problemText_->setWordWrap(true);
    problemText_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    problemLayout->addWidget(problemIcon, 0, Qt::AlignTop);
    problemLayout->addWidget(problemText_, 1);
    problemPanel_->hide();
    layout->addWidget(problemPanel_);

    // --- while the register is asked
    busyPanel_ = new QWidget(this);
    busyPanel_->setObjectName(QStringLiteral("busyPanel"));
    auto *busyLayout = new QHBoxLayout(busyPanel_);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    auto *busyLabel = new QLabel(tr("Asking the register…"), busyPanel_);
    busyBar_ = new QProgressBar(busyPanel_);
    busyBar_->setObjectName(QStringLiteral("busyIndicator"));
    busyBar_->setAccessibleName(tr("Asking the register"));
    busyBar_->setRange(0, 0);
    busyBar_->setTextVisible(false);
    cancelQueryButton_ = new QPushButton(tr("Cancel &query"), busyPanel_);
    cancelQueryButton_->setObjectName(QStringLiteral("cancelQueryButton"));
    connect(cancelQueryButton_, &QPushButton::clicked, this, &RegisterQueryDialog::cancelQuery);
    busyLayout->addWidget(busyLabel);
    busyLayout->addWidget(busyBar_, 1);
    busyLayout->addWidget(cancelQueryButton_);
    busyPanel_->hide();
    layout->addWidget(busyPanel_);

    // --- the answer
    resultPanel_ = new QGroupBox(tr("Answer of the register"), this);
    resultPanel_->setObjectName(QStringLiteral("resultPanel"));
    auto *resultLayout = new QVBoxLayout(resultPanel_);
    outcomeTitle_ = new QLabel(resultPanel_);
    outcomeTitle_->setObjectName(QStringLiteral("outcomeTitle"));
    outcomeTitle_->setAccessibleName(tr("Result of the query"));
    QFont titleFont = outcomeTitle_->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    outcomeTitle_->setFont(titleFont);
    outcomeText_ = new QLabel(resultPanel_);
    outcomeText_->setObjectName(QStringLiteral("outcomeText"));
    outcomeText_->setWordWrap(true);
    dataBox_ = new QWidget(resultPanel_);
    dataBox_->setObjectName(QStringLiteral("resultData"));
    dataForm_ = new QFormLayout(dataBox_);
    dataForm_->setContentsMargins(0, 0, 0, 0);
    resultLayout->addWidget(outcomeTitle_);
    resultLayout->addWidget(outcomeText_);
    resultLayout->addWidget(dataBox_);
    resultPanel_->hide();
    layout->addWidget(resultPanel_);

    note_ = new QLabel(this);
    note_->setObjectName(QStringLiteral("registerNote"));
    note_->setWordWrap(true);
    note_->setAccessibleName(tr("Note"));
    note_->hide();
    layout->addWidget(note_);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(this);
    sendButton_ = buttons->addButton(tr("&Send query"), QDialogButtonBox::ActionRole);
    sendButton_->setObjectName(QStringLiteral("sendQueryButton"));
    sendButton_->setDefault(true);
    attachButton_ = buttons->addButton(tr("A&ttach to case"), QDialogButtonBox::ActionRole);
    attachButton_->setObjectName(QStringLiteral("attachButton"));
    attachButton_->setEnabled(false);
    attachButton_->setToolTip(mayAttach_ ? tr("File the answer in the case as a register extract")
                                         : tr("You may not add documents to this case"));
    closeButton_ = buttons->addButton(QDialogButtonBox::Close);
    closeButton_->setObjectName(QStringLiteral("closeButton"));
    connect(sendButton_, &QPushButton::clicked, this, &RegisterQueryDialog::send);
    connect(attachButton_, &QPushButton::clicked, this, &RegisterQueryDialog::attachToCase);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void RegisterQueryDialog::choosePerson(int index)
{
    const QSignalBlocker blocker(personChooser_);
    if (index < 0 || index >= persons_.size()) {
        personChooser_->setCurrentIndex(personChooser_->count() - 1);
        for (QLineEdit *edit :
             {familyName_, givenNames_, birthDate_, street_, houseNumber_, postalCode_, city_}) {
            edit->clear();
        }
        byBirthDate_->setChecked(true);
        updateSearchMode();
        return;
    }
    personChooser_->setCurrentIndex(int(index));
    const domain::Party &person = persons_.at(index);
    familyName_->setText(person.familyName);
    givenNames_->setText(person.givenName);
    const auto [street, number] = splitStreet(person.street);
    street_->setText(street);
    houseNumber_->setText(number);
    postalCode_->setText(person.postalCode);
    city_->setText(person.city);
    birthDate_->clear();
    // The case knows where the person lived, not when they were born: an address the case
    // holds is a previous address for the register unless the user says otherwise.
    const bool hasAddress =
        !street.isEmpty()
        && (!person.postalCode.trimmed().isEmpty() || !person.city.trimmed().isEmpty());
    (hasAddress ? byAddress_ : byBirthDate_)->setChecked(true);
    updateSearchMode();
}

void RegisterQueryDialog::updateSearchMode()
{
    const bool byDate = byBirthDate_->isChecked();
    birthDate_->setEnabled(byDate);
    addressBox_->setEnabled(!byDate);
}

void RegisterQueryDialog::updateKind()
{
    authorityBox_->setEnabled(authorityKind_->isChecked());
}

QueryRequest RegisterQueryDialog::request() const
{
    QueryRequest request;
    request.kind = authorityKind_->isChecked() ? QueryKind::Authority : QueryKind::Simple;
    request.criteria.familyName = familyName_->text().trimmed();
    request.criteria.givenNames = givenNames_->text().simplified();
    if (byBirthDate_->isChecked()) {
        request.criteria.birthDate = RegisterTexts::parseDate(birthDate_->text());
    } else {
        request.criteria.previousAddress =
            registers::Address{street_->text().trimmed(), houseNumber_->text().trimmed(),
                               postalCode_->text().trimmed(), city_->text().trimmed()};
    }
    if (request.kind == QueryKind::Authority) {
        request.purpose = purpose_->text().trimmed();
        request.caseReference = caseReference_->text().trimmed();
    }
    request.origin = {workspace_.actor(), record_.workroomId, record_.id};
    return request;
}

bool RegisterQueryDialog::checkForm()
{
    QList<FieldProblem> problems;
    if (byBirthDate_->isChecked() && !birthDate_->text().trimmed().isEmpty()
        && !RegisterTexts::parseDate(birthDate_->text())) {
        problems.append({QStringLiteral("geburtsdatum"),
                         tr("Enter the date of birth as DD.MM.YYYY, for example 31.01.1980.")});
    }
    const QueryRequest query = request();
    if (problems.isEmpty()) {
        problems = registers::validate(query);
    } else {
        for (const FieldProblem &problem : registers::validate(query)) {
            if (problem.field != QLatin1StringView("geburtsdatum")) {
                problems.append(problem);
            }
        }
    }
    if (!problems.isEmpty()) {
        showProblems(problems);
        return false;
    }
    return true;
}

QWidget *RegisterQueryDialog::widgetForField(const QString &field) const
{
    if (field == QLatin1StringView("familienname")) {
        return familyName_;
    }
    if (field == QLatin1StringView("vornamen")) {
        return givenNames_;
    }
    if (field == QLatin1StringView("geburtsdatum")) {
        return byBirthDate_->isChecked() ? static_cast<QWidget *>(birthDate_) : byBirthDate_;
    }
    if (field == QLatin1StringView("vorherigeAnschrift.strasse")) {
        return street_;
    }
    if (field.startsWith(QLatin1StringView("vorherigeAnschrift"))) {
        return postalCode_;
    }
    if (field == QLatin1StringView("zweck")) {
        return purpose_;
    }
    if (field == QLatin1StringView("aktenzeichen")) {
        return caseReference_;
    }
    return nullptr;
}

void RegisterQueryDialog::showProblems(const QList<FieldProblem> &problems)
{
    QStringList lines;
    QWidget *first = nullptr;
    for (const FieldProblem &problem : problems) {
        lines.append(problem.message);
        if (!first) {
            first = widgetForField(problem.field);
        }
    }
    const QString text = lines.join(QLatin1Char('\n'));
    problemText_->setText(text);
    problemPanel_->show();
    if (first && first->isEnabled()) {
        first->setFocus(Qt::OtherFocusReason);
    }
    announce(problemText_, text, true);
}

void RegisterQueryDialog::clearProblems()
{
    problemText_->clear();
    problemPanel_->hide();
}

void RegisterQueryDialog::showNote(const QString &text)
{
    note_->setText(text);
    note_->setVisible(!text.isEmpty());
    if (!text.isEmpty()) {
        announce(note_, text, false);
    }
}

void RegisterQueryDialog::setBusy(bool busy)
{
    busyPanel_->setVisible(busy);
    formArea_->setEnabled(!busy);
    sendButton_->setEnabled(!busy);
    if (busy) {
        attachButton_->setEnabled(false);
        cancelQueryButton_->setFocus(Qt::OtherFocusReason);
    }
}

void RegisterQueryDialog::send()
{
    if (ticket_ != 0 || signingIn_) {
        return;
    }
    clearProblems();
    showNote(QString());
    if (!checkForm()) {
        return;
    }
    if (signIn_ && !signingIn_) {
        // Ask for a missing secret first; the query goes out once the user has answered.
        signingIn_ = true;
        QPointer<RegisterQueryDialog> self(this);
        signIn_->ensureSecret(this, [self](bool ready) {
            if (self) {
                self->signingIn_ = false;
                if (ready) {
                    self->sendNow();
                }
            }
        });
        return;
    }
    sendNow();
}

void RegisterQueryDialog::sendNow()
{
    const QueryRequest query = request();
    result_.reset();
    sentRequest_.reset();
    attached_ = false;
    attachButton_->setText(tr("A&ttach to case"));
    resultPanel_->hide();
    setBusy(true);
    ticket_ =
        service_.query(query, this, [this, query](const registers::Result<QueryResult> &answer) {
            ticket_ = 0;
            queryDone(query, answer);
        });
}

void RegisterQueryDialog::cancelQuery()
{
    if (ticket_ == 0) {
        return;
    }
    service_.cancel(ticket_);
    ticket_ = 0;
    setBusy(false);
    showNote(tr("The query was cancelled; no answer will be shown."));
    sendButton_->setFocus(Qt::OtherFocusReason);
    emit queryFinished();
}

void RegisterQueryDialog::queryDone(const QueryRequest &sent,
                                    const registers::Result<QueryResult> &answer)
{
    setBusy(false);
    if (!answer && answer.error().code == RegisterErrorCode::Unauthorized && signIn_
        && !retriedAfterRefusal_) {
        retriedAfterRefusal_ = true;
        signingIn_ = true;
        QPointer<RegisterQueryDialog> self(this);
        signIn_->secretRefused(this, [self, answer](bool ready) {
            if (!self) {
                return;
            }
            self->signingIn_ = false;
            if (ready) {
                self->sendNow();
            } else {
                self->showProblems({{QString(), RegisterTexts::errorText(answer.error())}});
                emit self->queryFinished();
            }
        });
        return;
    }
    retriedAfterRefusal_ = false;
    if (answer) {
        sentRequest_ = sent;
        result_ = *answer;
        showResult(*answer);
    } else if (answer.error().code == RegisterErrorCode::Invalid
               && !answer.error().problems.isEmpty()) {
        showProblems(answer.error().problems);
    } else if (queue_ && RegisterTexts::isUnreachable(answer.error())) {
        offerQueue(sent, RegisterTexts::errorText(answer.error()));
    } else {
        showProblems({{QString(), RegisterTexts::errorText(answer.error())}});
    }
    emit queryFinished();
}

void RegisterQueryDialog::showResult(const QueryResult &result)
{
    outcomeTitle_->setText(registers::outcomeText(result.outcome));
    outcomeText_->setText(RegisterTexts::outcomeExplanation(result.outcome));
    while (dataForm_->rowCount() > 0) {
        dataForm_->removeRow(0);
    }
    const auto addRow = [this](const QString &label, const QString &value) {
        if (value.trimmed().isEmpty()) {
            return;
        }
        auto *field = new QLabel(value, dataBox_);
        field->setWordWrap(true);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        field->setAccessibleName(label);
        dataForm_->addRow(label + QLatin1Char(':'), field);
    };
    if (result.outcome == QueryOutcome::Found && result.person) {
        const registers::PersonRecord &person = *result.person;
        addRow(RegisterTexts::tr("Family name"), person.familyName);
        addRow(RegisterTexts::tr("Given names"), person.givenNames);
        addRow(tr("Doctoral degree"), person.doctoralDegree);
        addRow(tr("Birth name"), person.birthName);
        addRow(RegisterTexts::tr("Date of birth"), RegisterTexts::dateText(person.birthDate));
        addRow(tr("Place of birth"), person.birthPlace);
        addRow(tr("Current address"), person.address.singleLine());
        addRow(tr("Moved in on"), RegisterTexts::dateText(person.movedIn));
        if (person.deceased || person.deathDate.isValid()) {
            addRow(tr("Deceased"),
                   person.deathDate.isValid()
                       ? tr("yes, on %1").arg(RegisterTexts::dateText(person.deathDate))
                       : tr("yes"));
        }
        QStringList previous;
        for (const registers::PreviousAddress &earlier : person.previousAddresses) {
            previous.append(earlier.movedOut.isValid()
                                ? tr("%1 (until %2)")
                                      .arg(earlier.address.singleLine(),
                                           RegisterTexts::dateText(earlier.movedOut))
                                : earlier.address.singleLine());
        }
        addRow(tr("Previous addresses"), previous.join(QLatin1Char('\n')));
        addRow(tr("Nationalities"), person.nationalities.join(QStringLiteral(", ")));
    }
    if (result.outcome != QueryOutcome::Blocked) {
        addRow(tr("Answer"),
               tr("%1, %2").arg(result.requestId, RegisterTexts::dateTimeText(result.answeredAt)));
    }
    dataBox_->setVisible(dataForm_->rowCount() > 0);
    resultPanel_->show();
    attachButton_->setEnabled(mayAttach_);
    if (mayAttach_) {
        attachButton_->setFocus(Qt::OtherFocusReason);
    }
    announce(outcomeTitle_, outcomeTitle_->text() + QLatin1Char(' ') + outcomeText_->text(), false);
    if (sizeHint().height() > height()) {
        resize(width(), sizeHint().height());
    }
}

void RegisterQueryDialog::offerQueue(const QueryRequest &sent, const QString &reason)
{
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("queueQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(tr("Register not reachable"));
    box->setText(tr("The register cannot be reached at the moment."));
    QString details = reason + QStringLiteral("\n\n")
                      + tr("Queue the query and send it once the register can be reached "
                           "again? The search data stay on this computer until then.");
    if (sent.kind == QueryKind::Authority) {
        details += QLatin1Char(' ')
                   + tr("An authority query is sent only after you have confirmed it once "
                        "more.");
    }
    box->setInformativeText(details);
    QPushButton *queueButton = box->addButton(tr("&Queue for later"), QMessageBox::AcceptRole);
    queueButton->setObjectName(QStringLiteral("queueButton"));
    box->addButton(tr("&Do not queue"), QMessageBox::RejectRole)
        ->setObjectName(QStringLiteral("doNotQueueButton"));
    box->setDefaultButton(queueButton);
    connect(box, &QMessageBox::finished, this, [this, box, queueButton, sent, reason] {
        if (box->clickedButton() != queueButton) {
            showProblems({{QString(), reason}});
            return;
        }
        auto queued = queue_->enqueue(sent);
        if (!queued) {
            showProblems({{QString(), RegisterTexts::errorText(queued.error())}});
            return;
        }
        showNote(tr("The query waits in the queue. Send it from “Register queries” once the "
                    "register can be reached again."));
        emit queryQueued(queued->id);
    });
    box->open();
}

void RegisterQueryDialog::attachToCase()
{
    if (!result_ || !sentRequest_ || attached_ || !mayAttach_) {
        return;
    }
    auto filed = casework::RegisterExtract::attach(workspace_, record_.id, *sentRequest_, *result_);
    if (!filed) {
        showProblems({{QString(), filed.error().message}});
        return;
    }
    attached_ = true;
    attachButton_->setEnabled(false);
    attachButton_->setText(tr("Attached"));
    showNote(tr("Filed in the case %1 as “%2”.")
                 .arg(record_.reference, casework::RegisterExtract::title(*result_)));
    closeButton_->setFocus(Qt::OtherFocusReason);
    emit extractAttached(record_.id, filed->id);
}

void RegisterQueryDialog::reject()
{
    cancelQuery();
    QDialog::reject();
}

}  // namespace workroom::widgets
