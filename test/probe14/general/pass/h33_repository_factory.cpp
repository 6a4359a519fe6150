// h33: a repository layer: a class template Repository<T> with a static
// async open() factory returning Task<std::unique_ptr<Repository<T>>>,
// an async member returning Task<std::optional<T>>, a factory selecting
// a derived implementation via a variant of config visited by an async
// generic lambda, and the repositories kept in a vector of a base.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <utility>

// Our own scheduler: suspended awaits queue here, drain() resumes them
// in order, on this thread (deterministic output).
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
template <class T> [[maybe_unused]] static Later<T> later(T v) {
  return Later<T>{std::move(v)};
}
// tick(): suspends once, yields nothing.
struct Tick {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    g_queue.push_back([h]() mutable { h.resume(); });
  }
  void await_resume() const noexcept {}
};
[[maybe_unused]] static Tick tick() { return {}; }
// A guard whose constructor and destructor print.
struct Guard {
  const char *name;
  explicit Guard(const char *n) : name(n) { std::printf("  [%s\n", name); }
  Guard(const Guard &) = delete;
  Guard &operator=(const Guard &) = delete;
  ~Guard() { std::printf("  %s]\n", name); }
};
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

class RepoBase {
public:
  virtual ~RepoBase() = default;
  virtual std::string describe() const = 0;
};

template <class T> class Repository : public RepoBase {
public:
  ASL_ASYNC static asl::Task<std::unique_ptr<Repository>>
  open(std::string name, std::vector<T> seed) {
    co_await tick();
    auto r = std::unique_ptr<Repository>(new Repository(std::move(name)));
    for (auto &s : seed)
      co_await r->insert(std::move(s));
    co_return r;
  }
  ASL_ASYNC asl::Task<int> insert(T v) {
    co_await tick();
    int id = next_++;
    rows_.emplace(id, std::move(v));
    co_return id;
  }
  ASL_ASYNC asl::Task<std::optional<T>> get(int id) const {
    co_await tick();
    auto it = rows_.find(id);
    if (it == rows_.end())
      co_return std::nullopt;
    co_return it->second;
  }
  std::string describe() const override {
    return name_ + "(" + std::to_string(rows_.size()) + ")";
  }

private:
  explicit Repository(std::string n) : name_(std::move(n)) {}
  std::string name_;
  std::map<int, T> rows_;
  int next_ = 1;
};

struct IntConfig {
  int count;
};
struct TextConfig {
  std::string prefix;
};
using Config = std::variant<IntConfig, TextConfig>;

ASL_ASYNC asl::Task<std::unique_ptr<RepoBase>> make_repo(Config c) {
  co_return co_await std::visit(
      [](auto &cfg) -> asl::Task<std::unique_ptr<RepoBase>> {
        using C = std::decay_t<decltype(cfg)>;
        if constexpr (std::is_same_v<C, IntConfig>) {
          std::vector<int> seed;
          for (int i = 0; i < cfg.count; ++i)
            seed.push_back(i * i);
          co_return co_await Repository<int>::open("ints", std::move(seed));
        } else {
          co_return co_await Repository<std::string>::open(
              "texts", {cfg.prefix + "1", cfg.prefix + "2"});
        }
      },
      c);
}

ASL_ASYNC asl::Task<int> main_task() {
  auto ints = co_await Repository<int>::open("direct", {5, 6, 7});
  auto a = co_await ints->get(2);
  auto b = co_await ints->get(9);
  std::printf("  get %d %d\n", a.value_or(-1), b.value_or(-1));
  std::vector<std::unique_ptr<RepoBase>> repos;
  repos.push_back(std::move(ints));
  for (Config c : {Config{IntConfig{3}}, Config{TextConfig{"t"}}})
    repos.push_back(co_await make_repo(std::move(c)));
  for (const auto &r : repos)
    std::printf("  %s\n", r->describe().c_str());
  co_return static_cast<int>(repos.size());
}

int main() {
  auto t = main_task();
  drain();
  std::printf("repos %d\n", asl::sync_wait(std::move(t)));
}
