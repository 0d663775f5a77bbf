#pragma once

#include "CaseRecord.h"

#include <QWidget>

#include <memory>

namespace Ui {
class PartyEditor;
}

namespace workroom::widgets {

// The fields of one party (a person or a company, its role and address), shared by the
// dialog that adds a party and by the first party of a new case.
class PartyEditor : public QWidget {
    Q_OBJECT

public:
    explicit PartyEditor(QWidget *parent = nullptr);
    ~PartyEditor() override;

    domain::Party party() const;
    void setParty(const domain::Party &party);
    // No name typed in: the user wants no party.
    bool isEmpty() const;
    // Focuses the first name field of the chosen kind.
    void focusName();

private:
    void updateKind();

    std::unique_ptr<Ui::PartyEditor> ui_;
};

}  // namespace workroom::widgets
