// Checks a task destroyed while suspended inside a braced initializer
// (llvm#63818): elements are built left to right and exactly those built so
// far are destroyed, in reverse; also for temporaries lifetime-extended by an
// aggregate's references.
#include <asl/task.h>

#include <cstdio>
#include <functional>

static std::function<void()> pending; // resumes the one suspended task

struct Item {
  const char *tag;
  Item(const char *t) : tag(t) { std::printf("  make %s\n", tag); }
  ~Item() { std::printf("  drop %s\n", tag); }
};
struct Bundle { Item first, second, third, fourth; };       // plain aggregate
struct Refs { // its members extend the temporaries they are bound to
  const Item &a;
  const Item &b;
  const Item &c;
};

struct Step {
  const char *tag;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    std::printf("  suspend at %s\n", tag);
    pending = [h] { h.resume(); };
  }
  Item await_resume() { return Item{tag}; }
};

ASL_ASYNC asl::Task<void> buildBundle() {
  Bundle b{Item{"p"}, co_await Step{"q"}, Item{"r"}, co_await Step{"s"}};
  std::printf("  bundle complete: %s%s%s%s\n", b.first.tag, b.second.tag,
              b.third.tag, b.fourth.tag);
}

ASL_ASYNC asl::Task<void> buildRefs() {
  Refs r{Item{"x"}, co_await Step{"y"}, co_await Step{"z"}};
  std::printf("  refs complete: %s%s%s\n", r.a.tag, r.b.tag, r.c.tag);
}

static void resume() {
  auto h = std::move(pending);
  pending = nullptr;
  h();
}

int main() {
  std::printf("bundle, destroyed at second suspend:\n");
  asl::Task<void> t = buildBundle();
  resume(); // finishes q, builds r, suspends at s
  std::printf("  destroy\n");
  t = asl::Task<void>();
  pending = nullptr;
  std::printf("bundle, run to end:\n");
  t = buildBundle();
  resume();
  resume();
  std::printf("  done=%d, destroy\n", (int)t.is_ready());
  t = asl::Task<void>();
  std::printf("refs, destroyed at second suspend:\n");
  t = buildRefs();
  resume();
  std::printf("  destroy\n");
  t = asl::Task<void>();
  pending = nullptr;
  std::printf("refs, run to end:\n");
  t = buildRefs();
  resume();
  resume();
  std::printf("  done=%d, destroy\n", (int)t.is_ready());
  t = asl::Task<void>();
}
