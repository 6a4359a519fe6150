// h46: a batch image resizer: an async function template over a range
// of inputs that builds a vector of tasks from a generic lambda (given
// by value) and awaits them with when_all, Task<void> batches,
// exceptions from one child reported after the others finish, and a
// tuple of heterogenous tasks opened with a structured binding.
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
#include <asl/when_all.h>

#include <stdexcept>
#include <string>
#include <vector>

template <class In, class F>
ASL_ASYNC auto map_all(const std::vector<In> &in, F f)
    -> asl::Task<std::vector<decltype(asl::sync_wait(f(in[0])))>> {
  using Out = decltype(asl::sync_wait(f(in[0])));
  std::vector<asl::Task<Out>> tasks;
  for (const In &x : in)
    tasks.push_back(f(x));
  co_return co_await asl::when_all(std::move(tasks));
}

struct Image {
  std::string name;
  int w, h;
};

ASL_ASYNC asl::Task<Image> resize(Image img, int factor) {
  for (int i = 0; i < factor; ++i)
    co_await tick();
  if (img.w < factor)
    throw std::length_error(img.name + " too small");
  co_return Image{img.name + "_s", img.w / factor, img.h / factor};
}

ASL_ASYNC asl::Task<void> save(const Image &img,
                                std::vector<std::string> &out) {
  co_await tick();
  out.push_back(img.name + ":" + std::to_string(img.w) + "x" +
                std::to_string(img.h));
}

ASL_ASYNC asl::Task<int> run() {
  std::vector<Image> imgs{{"a", 100, 50}, {"b", 30, 30}, {"c", 8, 4}};
  auto half = co_await map_all(
      imgs, [](const Image &i) { return resize(i, 2); });
  std::vector<std::string> saved;
  std::vector<asl::Task<void>> saves;
  for (const Image &i : half)
    saves.push_back(save(i, saved));
  co_await asl::when_all(std::move(saves));
  for (const auto &s : saved)
    std::printf("  saved %s\n", s.c_str());
  std::vector<int> sizes{1, 2, 3};
  auto doubled = co_await map_all(sizes, [](int n) -> asl::Task<int> {
    co_await tick();
    co_return n * 2;
  });
  try {
    co_await map_all(imgs, [](const Image &i) { return resize(i, 10); });
  } catch (const std::exception &e) {
    std::printf("  failed: %s\n", e.what());
  }
  auto t1 = resize(imgs[0], 4);
  auto t2 = map_all(sizes, [](int n) -> asl::Task<int> { co_return -n; });
  auto [big, neg] = co_await asl::when_all(std::move(t1), std::move(t2));
  std::printf("  %s %d %d\n", big.name.c_str(), big.w, neg[2]);
  co_return doubled[0] + doubled[1] + doubled[2];
}

int main() {
  auto t = run();
  drain();
  std::printf("run %d\n", asl::sync_wait(std::move(t)));
}
