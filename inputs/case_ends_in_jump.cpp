// Switch cases whose blocks hold a local living across an await and end in
// break, continue or co_return: the lowering destroys the local before the
// jump, adds nothing after it (g++ would warn the case falls through), and
// the next case still runs only when selected.
#include <asl/task.h>
#include <iostream>
#include <string>

struct Label {
  std::string text;
  explicit Label(std::string t) : text(std::move(t)) {
    std::cout << "  make " << text << "\n";
  }
  ~Label() { std::cout << "  drop " << text << "\n"; }
};

ASL_ASYNC asl::Task<int> route(asl::Event &ready, int kind) {
  int score = 0;
  for (int round = 0; round < 2; ++round) {
    switch (kind + round) {
    case 0: {
      Label label("zero");
      co_await ready;
      score += 1;
      break;
    }
    case 1: {
      Label label("one");
      co_await ready;
      score += 10;
      continue;
    }
    case 2: {
      Label label("two");
      co_await ready;
      co_return score + 100;
    }
    default:
      score += 1000;
      break;
    }
    std::cout << "  after switch, round " << round << "\n";
  }
  co_return score;
}

int main() {
  asl::Event ready(true);
  for (int kind = 0; kind < 4; ++kind) {
    std::cout << "kind " << kind << ":\n";
    std::cout << "  -> " << asl::sync_wait(route(ready, kind)) << "\n";
  }
}
