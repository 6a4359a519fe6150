// `[[fallthrough]];` ending a case's block whose local lives across an
// await: the local is destroyed before the attribute, which must stay the
// last statement before the next case label.
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::Event ev(true);

ASL_ASYNC asl::Task<int> v(int x) {
  co_await ev;
  co_return x;
}

ASL_ASYNC asl::Task<int> run(int sel) {
  int out = 0;
  switch (sel) {
  case 1: {
    std::string s = "four";
    out += co_await v(static_cast<int>(s.size()));
    [[fallthrough]];
  }
  case 2: {
    std::string t = "twelve chars";
    out += co_await v(static_cast<int>(t.size()));
    if (out > 100)
      break;
    [[fallthrough]];
  }
  case 3:
    out += 100;
    break;
  }
  co_return out;
}

int main() {
  std::printf("%d %d %d\n", asl::sync_wait(run(1)), asl::sync_wait(run(2)),
              asl::sync_wait(run(3)));
}
