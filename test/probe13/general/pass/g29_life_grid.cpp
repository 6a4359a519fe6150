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
#include <array>
#include <string>

// Conway's life on a small torus, one generation per await: a 2-D
// std::array grid and a plain 2-D C array live across awaits, references
// to rows and pointers into the grid are held across awaits, neighbour
// counts use a lambda over the grid, and a generation is computed with
// nested loops whose condition awaits every few cells.

constexpr int W = 6, H = 5;
using Grid = std::array<std::array<char, W>, H>;

ASL_ASYNC asl::Task<bool> pace(int cell) {
  if (cell % 7)
    co_return true;
  co_return co_await later(true);
}

ASL_ASYNC asl::Task<int> simulate(int gens) {
  Grid g{};
  const char *init[H] = {"......", "..#...", "...#..", ".###..", "......"};
  for (int y = 0; y < H; ++y)
    for (int x = 0; x < W; ++x)
      g[y][x] = init[y][x];
  int births[H][W] = {};
  auto alive = [&g](int y, int x) {
    return g[(y + H) % H][(x + W) % W] == '#';
  };
  for (int gen = 0; gen < gens; ++gen) {
    Grid next = g;
    std::array<char, W> &top_row = next[0];
    char *corner = &next[H - 1][W - 1];
    int cell = 0;
    for (int y = 0; y < H; ++y)
      for (int x = 0; x < W && co_await pace(cell++); ++x) {
        int n = 0;
        for (int dy = -1; dy <= 1; ++dy)
          for (int dx = -1; dx <= 1; ++dx)
            n += (dy || dx) && alive(y + dy, x + dx);
        bool now = alive(y, x);
        next[y][x] = (n == 3 || (now && n == 2)) ? '#' : '.';
        births[y][x] += !now && next[y][x] == '#';
      }
    co_await later(0);
    std::printf("gen %d top %s corner %c\n", gen + 1,
                std::string(top_row.begin(), top_row.end()).c_str(), *corner);
    g = next;
  }
  for (const auto &row : g)
    std::printf("  %s\n", std::string(row.begin(), row.end()).c_str());
  int total = 0;
  for (auto &row : births)
    for (int b : row)
      total += b;
  co_return total;
}

int main() {
  asl::Task<int> t = simulate(4);
  drain();
  std::printf("births %d\n", asl::sync_wait(std::move(t)));
}
