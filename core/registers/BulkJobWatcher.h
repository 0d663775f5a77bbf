#pragma once

#include "RegisterService.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace workroom::registers {

// Polls a bulk job until it is done (or fails), reporting progress; for the bulk window, the
// command line and the benchmark. A failed poll that may pass (network, 503) is retried on
// the next tick by the client's own retries; the watcher gives up on Expired, NotFound,
// Unauthorized and after `maxFailures` failures in a row.
class BulkJobWatcher : public QObject {
    Q_OBJECT

public:
    BulkJobWatcher(RegisterService &service, QString jobId, QObject *parent = nullptr);

    void setInterval(int ms);           // default 500
    void setMaxFailures(int failures);  // default 5
    void start();
    void stop();
    bool isRunning() const;
    const BulkJob &lastKnown() const { return last_; }

Q_SIGNALS:
    void progress(int processed, int total);
    void finished(const workroom::registers::BulkJob &job);  // state Done or Failed
    void failed(const workroom::registers::RegisterError &error);

private:
    void poll();

    QPointer<RegisterService> service_;
    QString jobId_;
    QTimer timer_;
    RegisterService::Ticket pending_ = 0;
    BulkJob last_;
    int failures_ = 0;
    int maxFailures_ = 5;
    bool running_ = false;
};

}  // namespace workroom::registers
