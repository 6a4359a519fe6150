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
#include <algorithm>
#include <memory>
#include <string>
#include <vector>

// A game loop with entities ported to async: virtual async update members
// (a derived one awaits the base's), entities in a vector of unique_ptr
// iterated by range-for with awaits in the body, erase-remove with a
// generic lambda after each frame, structured bindings over positions,
// a frame guard, and a frame task destroyed while suspended.

struct Vec2 {
  int x, y;
  Vec2 &operator+=(Vec2 o) {
    x += o.x;
    y += o.y;
    return *this;
  }
  friend Vec2 operator*(Vec2 v, int k) { return {v.x * k, v.y * k}; }
};

class Entity {
public:
  Entity(std::string n, Vec2 p, Vec2 v) : name(std::move(n)), pos(p), vel(v) {}
  virtual ~Entity() { std::printf("  ~%s\n", name.c_str()); }
  ASL_ASYNC virtual asl::Task<bool> update(int dt) {
    pos += co_await later(vel * dt);
    co_return pos.x < 10 && pos.y < 10;
  }
  std::string name;
  Vec2 pos, vel;
};

class Bouncer : public Entity {
public:
  using Entity::Entity;
  ASL_ASYNC asl::Task<bool> update(int dt) override {
    bool alive = co_await Entity::update(dt);
    if (!alive && bounces_ < 2) {
      ++bounces_;
      vel = vel * -1;
      pos += vel;
      std::printf("  %s bounces\n", name.c_str());
      co_return true;
    }
    co_return alive;
  }

private:
  int bounces_ = 0;
};

class World {
public:
  std::vector<std::unique_ptr<Entity>> ents;
  int frame = 0;

  ASL_ASYNC asl::Task<int> step(int dt) {
    Guard g("frame");
    ++frame;
    std::vector<Entity *> dead;
    for (auto &e : ents) {
      if (!co_await e->update(dt))
        dead.push_back(e.get());
    }
    auto is_dead = [&dead](const auto &p) {
      return std::find(dead.begin(), dead.end(), p.get()) != dead.end();
    };
    ents.erase(std::remove_if(ents.begin(), ents.end(), is_dead),
               ents.end());
    for (const auto &e : ents) {
      auto [x, y] = e->pos;
      std::printf("  f%d %s@%d,%d\n", frame, e->name.c_str(), x, y);
    }
    co_return static_cast<int>(ents.size());
  }
};

ASL_ASYNC asl::Task<void> run(World &w, int frames) {
  for (int f = 0; f < frames && co_await w.step(f % 2 + 1) > 0; ++f) {
  }
}

int main() {
  World w;
  w.ents.push_back(std::make_unique<Entity>("rock", Vec2{0, 0}, Vec2{2, 1}));
  w.ents.push_back(std::make_unique<Bouncer>("ball", Vec2{5, 5}, Vec2{1, 3}));
  w.ents.push_back(std::make_unique<Entity>("bird", Vec2{8, 0}, Vec2{1, 0}));
  asl::Task<void> t = run(w, 20);
  drain();
  asl::sync_wait(std::move(t));
  std::printf("after %d frames\n", w.frame);
  {
    asl::Task<int> partial = w.step(1);
    std::printf("dropping suspended frame\n");
  }
  std::printf("dropped, %zu left\n", w.ents.size());
  g_queue.clear();
}
