// The layout around each generated chunk, which is formatted on its own: a
// machine nested two classes deep is indented as its class, a namespace's
// closing brace or an access specifier right after an async function keeps
// its line, a comment on the function's last line moves below the chunk,
// and the user's lines next to a chunk are left exactly as written (the
// unusual spacing below is deliberate).
#include <asl/task.h>
#include <iostream>
#include <string>

namespace shop {
ASL_ASYNC asl::Task<int> price(asl::Event &ready, int cents) {
  co_await ready;
  co_return cents + 1;
}
int    untouched (int y){return y;}
ASL_ASYNC asl::Task<int> twice(asl::Event &ready, int cents) { co_return 2 * co_await price(ready, cents); } // doubles
} // namespace shop

struct Till {
  struct Drawer {
    ASL_ASYNC asl::Task<std::string> count(asl::Event &ready, int cents) {
      std::string text = "drawer " + std::to_string(++opened_) + ": ";
      co_await ready;
      co_return text + std::to_string(cents);
    }
  private:
    int opened_ = 0;
  };
  struct Slot { ASL_ASYNC asl::Task<int> take(int x) { co_return x - 1; } };
};

int main() {
  asl::Event ready;
  auto total = shop::twice(ready, 20);
  Till::Drawer drawer;
  auto counted = drawer.count(ready, 7);
  ready.set();
  Till::Slot slot;
  std::cout << std::move(total).result() << " "
            << std::move(counted).result() << " "
            << asl::sync_wait(slot.take(shop::untouched(5))) << "\n";
}
