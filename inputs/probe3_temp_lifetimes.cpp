// References and lifetime-extended temporaries across awaits; a temporary of
// a full-expression alive across an await in a later argument.
#include <asl/task.h>
#include <cstdio>
#include <string>
#include <vector>

struct Tmp {
  std::string n;
  explicit Tmp(std::string s) : n(std::move(s)) {
    std::printf("  +%s\n", n.c_str());
  }
  Tmp(Tmp &&o) noexcept : n(std::move(o.n)) { o.n = "moved"; }
  ~Tmp() { std::printf("  -%s\n", n.c_str()); }
  const std::string &name() const { return n; }
};

Tmp make(const char *s) { return Tmp(s); }
std::vector<Tmp> make_list() {
  std::vector<Tmp> v;
  v.reserve(3);
  v.emplace_back("l0");
  v.emplace_back("l1");
  v.emplace_back("l2");
  return v;
}

ASL_ASYNC asl::Task<int> num(int v) {
  std::printf("  num %d\n", v);
  co_return v;
}

static void use(const Tmp &t, int v, const std::string &s) {
  std::printf("  use(%s, %d, %s)\n", t.n.c_str(), v, s.c_str());
}

ASL_ASYNC asl::Task<int> run() {
  const Tmp &r = make("extended");
  Tmp &&rr = make("rvalue-ext");
  co_await num(1);
  std::printf("  r=%s rr=%s\n", r.n.c_str(), rr.n.c_str());
  use(make("arg"), co_await num(2), std::string("s") + r.name());
  std::puts("  after full-expression");
  int count = 0;
  for (auto &x : make_list()) {
    count += co_await num(count);
    std::printf("  item %s\n", x.n.c_str());
  }
  const auto &[a, b] = std::pair<Tmp, int>(make("pairfirst"), 5);
  co_await num(b);
  std::printf("  binding %s %d\n", a.n.c_str(), b);
  co_return count;
}

int main() { std::printf("main %d\n", asl::sync_wait(run())); }
