// Async functions defined inside their class: their machines are defined
// after the outermost class, where it is complete, so the bodies may keep
// across awaits objects of the class itself (a static async factory, a
// by-value parameter, a copy of *this) and of nested types and aliases the
// class declares after them, or a coroutine lambda's copy of *this; a
// hidden friend's machine is a member of the class too, so it reads private
// members and finds the class's names.
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::Event ev(true);

namespace docs {
struct Doc {
  std::string text = "hello";

  ASL_ASYNC static asl::Task<Doc> load(std::string name) {
    Doc d;
    co_await ev;
    d.text = "loaded " + name;
    co_return d;
  }
  ASL_ASYNC asl::Task<std::string> merge(Doc other) const & noexcept(false) {
    co_await ev;
    co_return text + "+" + other.text;
  }
  ASL_ASYNC asl::Task<std::string> edit() {
    Doc before = *this;
    text += "!";
    co_await ev;
    co_return before.text + " -> " + text;
  }
  ASL_ASYNC asl::Task<int> words(int bonus = 10) {
    Counter c{static_cast<int>(text.size())};
    Size extra = bonus;
    co_await ev;
    co_return c.n + static_cast<int>(extra);
  }

  struct Counter {
    int n;
  };
  using Size = long;

  struct Page {
    int number = 7;
    ASL_ASYNC asl::Task<Page> next() const {
      Page p = *this;
      co_await ev;
      ++p.number;
      co_return p;
    }
  };
} first, second;
} // namespace docs

class Account {
public:
  explicit Account(int balance) : balance_(balance) {}

private:
  [[nodiscard]] ASL_ASYNC friend asl::Task<int> audit(const Account &a) {
    Receipt r{a.balance_};
    co_await ev;
    co_return r.amount + limit;
  }
  struct Receipt {
    int amount;
  };
  static constexpr int limit = 100;
  int balance_;
};

struct Widget {
  int size = 3;
  ASL_ASYNC asl::Task<int> use() {
    auto lambda = [*this]() -> asl::Task<int> {
      co_await ev;
      co_return size;
    };
    size = 4;
    co_return co_await lambda() * 10 + size;
  }
};

int main() {
  docs::Doc d = asl::sync_wait(docs::Doc::load("a.txt"));
  std::printf("%s\n", d.text.c_str());
  std::printf("%s\n", asl::sync_wait(d.merge(docs::Doc())).c_str());
  std::printf("%s\n", asl::sync_wait(d.edit()).c_str());
  std::printf("words %d\n", asl::sync_wait(docs::first.words()));
  std::printf("page %d\n", asl::sync_wait(docs::Doc::Page().next()).number);
  std::printf("audit %d\n", asl::sync_wait(audit(Account(5))));
  std::printf("widget %d\n", asl::sync_wait(Widget().use()));
}
