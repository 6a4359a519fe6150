// Locals of a class's private nested type living across awaits, in an
// async member of that class and in an async member of a friend class:
// their machines are classes nested in a class with access, so they name
// the type as written. (A function without such access is refused.)
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::Event ev(true);

class Inspector;

class Safe {
  friend class Inspector;
  struct Seal {
    int code;
    std::string by;
  };
  int code_ = 41;

public:
  ASL_ASYNC asl::Task<int> reseal();
};

class Inspector {
public:
  ASL_ASYNC asl::Task<int> look(Safe &s);
};

ASL_ASYNC asl::Task<int> Safe::reseal() {
  auto seal = Seal{code_, "safe"};
  co_await ev;
  std::printf("%s %d\n", seal.by.c_str(), seal.code);
  co_return seal.code;
}

ASL_ASYNC asl::Task<int> Inspector::look(Safe &s) {
  Safe::Seal seal{s.code_ + 1, "inspector"};
  co_await ev;
  std::printf("%s %d\n", seal.by.c_str(), seal.code);
  co_return seal.code;
}

int main() {
  Safe s;
  Inspector i;
  int resealed = asl::sync_wait(s.reseal());
  int looked = asl::sync_wait(i.look(s));
  std::printf("r %d %d\n", resealed, looked);
}
