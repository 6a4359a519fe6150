// Checks destroying tasks that are still suspended: the live locals of the
// task and of the tasks it awaits (a temporary or one held in a variable) run
// their destructors, innermost first, and the event no longer resumes them.
#include <asl/task.h>

#include <iostream>
#include <string>

class Tracer {
public:
  explicit Tracer(std::string name) : name_(std::move(name)) {
    std::cout << "  + " << name_ << "\n";
  }
  Tracer(const Tracer &) = delete;
  Tracer &operator=(const Tracer &) = delete;
  ~Tracer() { std::cout << "  - " << name_ << "\n"; }

private:
  std::string name_;
};

struct Network {
  asl::Event online;
};

// The state machine of fetch_part(), line 26. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct fetch_part_machine {
  fetch_part_machine(Network &net, std::string &url, int &part)
      : url(std::move(url)), net(net), part(std::move(part)) {}
  ~fetch_part_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'url' may be kept
  // (line 28).
  static constexpr bool relocatable = false;

  asl::task_builder<std::size_t> builder_;
  std::string url;
  Network &net;
  union {
    Tracer buffer;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int part;
  int state_ = -1;
  bool buffer_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(buffer, buffer_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<std::size_t> fetch_part(Network &net, std::string url,
                                            int part) {
  return asl::start<fetch_part_machine>(net, url, part);
}

inline void fetch_part_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(buffer))
          Tracer("buffer " + url + "#" + std::to_string(part));
      buffer_live_ = true;

      // co_await net.online (line 29)
      ::new (asl::place(awaiter0_))
          asl::event_awaiter(asl::get_awaiter(net.online));
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      std::cout << "  got " << url << "#" << part << "\n";
      builder_.set_result(url.size() * 100 + part);
      asl::destroy(buffer, buffer_live_);
      unwind_.release();
      goto finish_;
    }
    unwind_.release();
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of download(), line 34. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct download_machine {
  download_machine(Network &net, std::string &url)
      : url(std::move(url)), net(net) {}
  ~download_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'url' may be kept
  // (line 35).
  static constexpr bool relocatable = false;

  asl::task_builder<std::size_t> builder_;
  std::string url;
  Network &net;
  union {
    Tracer connection;
  };
  std::size_t total;
  union {
    asl::task_awaiter<unsigned long> awaiter0_;
  };
  int part;
  int state_ = -1;
  bool connection_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(connection, connection_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<std::size_t> download(Network &net, std::string url) {
  return asl::start<download_machine>(net, url);
}

inline void download_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(connection)) Tracer("connection " + url);
      connection_live_ = true;

      total = 0;

      for (part = 0; part < 2; ++part) {
        // co_await fetch_part(net, url, part) (line 38)
        ::new (asl::place(awaiter0_))
            asl::task_awaiter<unsigned long>{fetch_part(net, url, part)};
        awaiter0_live_ = true;
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          unwind_.release();
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        std::size_t bytes = awaiter0_.await_resume();
        asl::destroy(awaiter0_, awaiter0_live_);

        total += bytes;
      }
      builder_.set_result(std::move(total));
      asl::destroy(connection, connection_live_);
      unwind_.release();
      goto finish_;
    }
    unwind_.release();
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of mirror(), line 44. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct mirror_machine {
  mirror_machine(Network &net, std::string &url)
      : url(std::move(url)), net(net) {}
  ~mirror_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'url' may be kept
  // (line 45).
  static constexpr bool relocatable = false;

  asl::task_builder<std::size_t> builder_;
  std::string url;
  Network &net;
  union {
    Tracer lock;
  };
  union {
    asl::Task<std::size_t> primary;
  };
  union {
    asl::Task<std::size_t> backup;
  };
  std::size_t first;
  union {
    asl::task_ref_awaiter<unsigned long> awaiter0_;
    asl::task_ref_awaiter<unsigned long> awaiter1_;
  };
  int state_ = -1;
  bool lock_live_ = false;
  bool primary_live_ = false;
  bool backup_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(backup, backup_live_);
    asl::destroy(primary, primary_live_);
    asl::destroy(lock, lock_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<std::size_t> mirror(Network &net, std::string url) {
  return asl::start<mirror_machine>(net, url);
}

inline void mirror_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    default:
      break;
    }
    {
      ::new (asl::place(lock)) Tracer("mirror lock " + url);
      lock_live_ = true;

      ::new (asl::place(primary)) asl::Task<std::size_t>(download(net, url));
      primary_live_ = true;

      ::new (asl::place(backup))
          asl::Task<std::size_t>(download(net, url + ".bak"));
      backup_live_ = true;

      // co_await primary (line 48)
      ::new (asl::place(awaiter0_))
          asl::task_ref_awaiter<unsigned long>(asl::get_awaiter(primary));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      first = awaiter0_.await_resume();

      // co_await backup (line 49)
      ::new (asl::place(awaiter1_))
          asl::task_ref_awaiter<unsigned long>(asl::get_awaiter(backup));
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        unwind_.release();
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      std::size_t second = awaiter1_.await_resume();

      builder_.set_result(first + second);
      asl::destroy(backup, backup_live_);
      asl::destroy(primary, primary_live_);
      asl::destroy(lock, lock_live_);
      unwind_.release();
      goto finish_;
    }
    unwind_.release();
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

int main() {
  Network net;
  std::cout << "start downloads\n";
  asl::Task<std::size_t> kept = download(net, "a.iso");
  asl::Task<std::size_t> dropped = download(net, "b.iso");
  asl::Task<std::size_t> mirrored = mirror(net, "c.tar");

  std::cout << "cancel b.iso\n";
  dropped = asl::Task<std::size_t>();
  std::cout << "cancel the mirror of c.tar\n";
  {
    asl::Task<std::size_t> gone = std::move(mirrored);
  }
  std::cout << "cancel a download that never ran past its first await\n";
  {
    asl::Task<std::size_t> scoped = download(net, "d.img");
    std::cout << "  leaving scope\n";
  }

  std::cout << "network online\n";
  net.online.set();
  std::cout << "a.iso total " << asl::sync_wait(std::move(kept)) << "\n";
}
