#pragma once

namespace workroom::registers {
class BulkJobList;
class OfflineQueue;
class RegisterService;
}  // namespace workroom::registers

namespace workroom::widgets {

class RegisterSignIn;

// The register parts the app builds and hands to the window (none owned by it). Without a
// service the window offers no register queries.
struct RegisterContext {
    registers::RegisterService *service = nullptr;
    registers::OfflineQueue *queue = nullptr;  // may be null: nothing can wait for later
    registers::BulkJobList *jobs = nullptr;
    RegisterSignIn *signIn = nullptr;  // with a configured service: asks for its secret
};

}  // namespace workroom::widgets
