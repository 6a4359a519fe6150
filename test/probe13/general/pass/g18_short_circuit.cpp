#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <utility>

// A scheduler of our own: suspended awaits queue here, drain() resumes
// them in order, on this thread (deterministic output).
static std::deque<std::function<void()>> g_queue;
[[maybe_unused]] static void drain() {
  while (!g_queue.empty()) {
    auto f = std::move(g_queue.front());
    g_queue.pop_front();
    f();
  }
}
// later(v): suspends once, then yields v.
template <class T> struct Later {
  T val;
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    g_queue.push_back([h]() mutable { h.resume(); });
  }
  T await_resume() { return std::move(val); }
};
template <class T> static Later<T> later(T v) {
  return Later<T>{std::move(v)};
}
// A guard whose destructor prints.
struct Guard {
  const char *name;
  explicit Guard(const char *n) : name(n) { std::printf("  [%s\n", name); }
  Guard(const Guard &) = delete;
  Guard &operator=(const Guard &) = delete;
  ~Guard() { std::printf("  %s]\n", name); }
};
#include <string>
#include <vector>

// Permission checks in an access-control layer ported to async: && || ?:
// chains with awaits in every operand position, awaits whose awaiters
// print when built (an untaken operand must build none), nested ternaries
// yielding lvalues assigned through, and conditions with temporaries
// (std::string) built before an await in a later operand.

struct Probe {
  const char *what;
  bool v;
  explicit Probe(const char *w, bool b) : what(w), v(b) {
    std::printf("  probe %s\n", what);
  }
  Probe(const Probe &o) : what(o.what), v(o.v) {}
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    g_queue.push_back([h]() mutable { h.resume(); });
  }
  bool await_resume() const { return v; }
};

struct User {
  std::string name;
  bool admin;
  std::vector<std::string> groups;
};

static bool in(const std::vector<std::string> &g, const std::string &x) {
  for (auto &s : g)
    if (s == x)
      return true;
  return false;
}

ASL_ASYNC asl::Task<bool> owns(const User &u, std::string res) {
  co_return co_await later(res.rfind(u.name, 0) == 0);
}

ASL_ASYNC asl::Task<std::string> decide(const User &u, std::string res) {
  bool ok = u.admin || co_await owns(u, res) ||
            (in(u.groups, "ops") && co_await Probe("ops-window", true));
  bool audit = !ok && (co_await Probe("audit-a", u.groups.empty()) ||
                       co_await Probe("audit-b", res.size() > 3));
  int a = 0, b = 0;
  (ok ? a : b) += co_await later(1);
  (co_await Probe("pick", !ok) ? a : b) = co_await later(7);
  std::string why =
      ok ? (u.admin ? std::string("admin")
                    : co_await owns(u, std::string(res)) ? "owner" : "ops")
         : (audit ? std::string("audited-") + (co_await Probe("x", true)
                                                    ? "deny"
                                                    : "none")
                  : std::string("deny"));
  co_return why + " a=" + std::to_string(a) + " b=" + std::to_string(b);
}

int main() {
  std::vector<User> users = {{"root", true, {}},
                             {"ann", false, {"dev"}},
                             {"bob", false, {"ops"}},
                             {"cy", false, {}}};
  for (const auto &u : users)
    for (const char *r : {"ann/doc", "x"}) {
      asl::Task<std::string> t = decide(u, r);
      drain();
      std::printf("%s %s: %s\n", u.name.c_str(), r,
                  asl::sync_wait(std::move(t)).c_str());
    }
}
