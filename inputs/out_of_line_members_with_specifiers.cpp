// Async members declared in their class with `override`, `final` or an
// attribute in front of ASL_ASYNC, and defined outside it (the usual
// header/source split of an interface): the machine goes where the
// definition is, never into the declaration, however many such members the
// class has.
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::Event ev(true);

struct Step {
  virtual ~Step() = default;
  virtual asl::Task<int> run(int x) = 0;
  virtual asl::Task<int> undo(int x) = 0;
};

struct Twice : Step {
  ASL_ASYNC asl::Task<int> run(int x) override;
  ASL_ASYNC asl::Task<int> undo(int x) final;
  [[nodiscard]] ASL_ASYNC asl::Task<std::string> name() const;
  [[nodiscard]] ASL_ASYNC virtual asl::Task<int> weight(int extra) const final;
};

ASL_ASYNC asl::Task<int> Twice::run(int x) {
  int y = x;
  co_await ev;
  co_return 2 * y;
}

ASL_ASYNC asl::Task<int> Twice::undo(int x) {
  int y = x;
  co_await ev;
  co_return y / 2;
}

ASL_ASYNC asl::Task<std::string> Twice::name() const {
  std::string n = "twice";
  co_await ev;
  co_return n;
}

[[nodiscard]] ASL_ASYNC asl::Task<int> Twice::weight(int extra) const {
  co_await ev;
  co_return co_await const_cast<Twice *>(this)->run(extra) + 1;
}

int main() {
  Twice t;
  Step &s = t;
  std::printf("run %d undo %d\n", asl::sync_wait(s.run(4)),
              asl::sync_wait(s.undo(4)));
  std::printf("%s %d\n", asl::sync_wait(t.name()).c_str(),
              asl::sync_wait(t.weight(3)));
}
