#include "CommandOutput.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace workroom::ctl {

CommandOutput::CommandOutput(const QCommandLineParser &parser, QString summary)
    : parser_(&parser), summary_(std::move(summary))
{
}

bool CommandOutput::json() const
{
    return parser_->isSet(QStringLiteral("json"));
}

void CommandOutput::print(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
}

void CommandOutput::printJson(const QJsonValue &value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    std::fputs(document.toJson(QJsonDocument::Indented).constData(), stdout);
}

int CommandOutput::fail(const QString &message, int code) const
{
    if (json()) {
        printJson(QJsonObject{{QStringLiteral("error"), message}});
    }
    std::fprintf(stderr, "workroomctl: %s\n", message.toUtf8().constData());
    return code;
}

int CommandOutput::usage(const QString &message) const
{
    return fail(message + QLatin1Char('\n') + summary_, Usage);
}

}  // namespace workroom::ctl
