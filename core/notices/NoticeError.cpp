#include "NoticeError.h"

Q_LOGGING_CATEGORY(workroom::notices::lcNotices, "workroom.notices", QtInfoMsg)
