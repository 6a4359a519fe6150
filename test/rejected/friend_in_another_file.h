// A class of another file, which the lowering does not edit, that declares
// an async function its friend (test/rejected/friend_in_another_file.cpp).
#pragma once
#include <asl/task.h>

class Vault;
asl::Task<int> audit(Vault &v);

class Vault {
  friend asl::Task<int> audit(Vault &v);
  int gold_ = 1;
};
