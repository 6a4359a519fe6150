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
#include <exception>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

// Exceptions crossing several awaits and frames in a layered service
// (storage -> repository -> handler): typed hierarchy, a handler that
// translates and rethrows after awaiting cleanup outside the handler,
// std::exception_ptr kept across an await and rethrown later, nested
// tries inside loops, and RAII transactions rolling back on unwinding.

struct DbError : std::runtime_error {
  using std::runtime_error::runtime_error;
};
struct NotFound : DbError {
  using DbError::DbError;
};
struct Conflict : DbError {
  using DbError::DbError;
};
struct HttpError : std::runtime_error {
  int status;
  HttpError(int s, const std::string &m) : std::runtime_error(m), status(s) {}
};

class Txn {
public:
  explicit Txn(int id) : id_(id) { std::printf("  begin %d\n", id_); }
  Txn(const Txn &) = delete;
  ~Txn() {
    std::printf(committed_ ? "  end %d\n" : "  rollback %d\n", id_);
  }
  void commit() { committed_ = true; }

private:
  int id_;
  bool committed_ = false;
};

ASL_ASYNC asl::Task<int> storage_get(int key) {
  int v = co_await later(key * 11);
  if (key == 4)
    throw NotFound("key 4");
  if (key == 6)
    throw Conflict("key 6");
  if (key == 8)
    throw std::bad_alloc();
  co_return v;
}

ASL_ASYNC asl::Task<int> repo_update(int key) {
  Txn t(key);
  int v = co_await storage_get(key);
  v += co_await storage_get(key % 3);
  t.commit();
  co_return v;
}

ASL_ASYNC asl::Task<std::string> handle(int key) {
  std::exception_ptr pending;
  int status = 0;
  try {
    try {
      int v = co_await repo_update(key);
      co_return "200 " + std::to_string(v);
    } catch (const NotFound &e) {
      throw HttpError(404, e.what());
    } catch (const DbError &) {
      pending = std::current_exception();
    }
  } catch (const HttpError &e) {
    status = e.status;
  }
  if (pending) {
    std::printf("  retrying after conflict\n");
    co_await later(0);
    try {
      std::rethrow_exception(pending);
    } catch (const Conflict &e) {
      co_return std::string("409 ") + e.what();
    }
  }
  co_return std::to_string(status) + " translated";
}

ASL_ASYNC asl::Task<std::vector<std::string>> batch(std::vector<int> keys) {
  std::vector<std::string> out;
  for (int k : keys) {
    try {
      out.push_back(co_await handle(k));
    } catch (const std::exception &e) {
      out.push_back(std::string("500 ") + e.what());
      if (out.size() > 3)
        throw HttpError(503, "overloaded after " + std::to_string(k));
    }
  }
  co_return out;
}

int main() {
  for (auto keys : {std::vector<int>{1, 4, 6, 8, 2},
                    std::vector<int>{8, 8, 8, 8, 8}}) {
    asl::Task<std::vector<std::string>> t = batch(keys);
    drain();
    try {
      for (const auto &s : asl::sync_wait(std::move(t)))
        std::printf("%s\n", s.c_str());
    } catch (const HttpError &e) {
      std::printf("batch failed %d %s\n", e.status, e.what());
    }
  }
}
