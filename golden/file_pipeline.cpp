// Checks an async pipeline over real files: every write, read and delete is an
// await that completes on a later turn of an I/O loop, inside for and while
// loops, with strings and vectors living across the awaits.
#include <asl/task.h>

#include <cstdlib>
#include <deque>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

// Completes each file operation on a later turn, like an OS completion port.
class IoLoop {
public:
  template <class T> struct Op {
    IoLoop *loop;
    std::function<T()> work;
    T result{};
    bool await_ready() const { return false; }
    template <class Handle> void await_suspend(Handle h) {
      loop->queue_.push_back([this, h] {
        result = work();
        h.resume();
      });
    }
    T await_resume() { return std::move(result); }
  };

  Op<std::size_t> write(fs::path path, std::string text) {
    return {this, [path, text] {
              std::ofstream(path, std::ios::binary) << text;
              return text.size();
            }};
  }
  Op<std::string> read(fs::path path) {
    return {this, [path] {
              std::ifstream in(path, std::ios::binary);
              return std::string(std::istreambuf_iterator<char>(in), {});
            }};
  }
  Op<bool> remove(fs::path path) {
    return {this, [path] { return fs::remove(path); }};
  }

  int run() {
    int turns = 0;
    for (; !queue_.empty(); ++turns) {
      std::function<void()> f = std::move(queue_.front());
      queue_.pop_front();
      f();
    }
    return turns;
  }

private:
  std::deque<std::function<void()>> queue_;
};

struct LogStats {
  int lines = 0;
  int errors = 0;
};

// The state machine of write_logs(), line 70. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct write_logs_machine {
  write_logs_machine(IoLoop &io, std::filesystem::path &dir,
                     std::vector<std::string> &names)
      : dir(std::move(dir)), names(std::move(names)), io(io) {}
  ~write_logs_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'names' may be kept
  // (line 73).
  static constexpr bool relocatable = false;

  asl::task_builder<std::size_t> builder_;
  std::filesystem::path dir;
  std::vector<std::string> names;
  IoLoop &io;
  std::size_t total;
  std::size_t i;
  union {
    std::ostringstream text;
  };
  union {
    std::filesystem::path temporary0_;
  };
  union {
    IoLoop::Op<std::size_t> awaiter0_;
  };
  int state_ = -1;
  bool text_live_ = false;
  bool temporary0_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(temporary0_, temporary0_live_);
    asl::destroy(text, text_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<std::size_t> write_logs(IoLoop &io, fs::path dir,
                                            std::vector<std::string> names) {
  return asl::start<write_logs_machine>(io, dir, names);
}

inline void write_logs_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      total = 0;

      for (i = 0; i < names.size(); ++i) {
        ::new (asl::place(text)) std::ostringstream;
        text_live_ = true;

        for (std::size_t line = 0; line <= i + 1; ++line)
          text << (line % 2 == 1 ? "ERROR" : "INFO") << " step " << line
               << "\n";
        ::new (asl::place(temporary0_)) std::filesystem::path(names[i]);
        temporary0_live_ = true;
        // co_await io.write(dir / names[i], text.str()) (line 77)
        ::new (asl::place(awaiter0_))
            IoLoop::Op<std::size_t>(io.write(dir / temporary0_, text.str()));
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
        asl::destroy(temporary0_, temporary0_live_);

        std::cout << "wrote " << names[i] << " (" << bytes << " bytes)\n";
        total += bytes;
        asl::destroy(text, text_live_);
      }
      builder_.set_result(std::move(total));
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

// The state machine of scan_log(), line 84. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct scan_log_machine {
  scan_log_machine(IoLoop &io, std::filesystem::path &file)
      : file(std::move(file)), io(io) {}
  ~scan_log_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<IoLoop::Op<std::string>,
                       asl::parameter_copy<std::filesystem::path>> &&
      !asl::usually_suspends<IoLoop::Op<std::string>>;

  asl::task_builder<LogStats> builder_;
  std::filesystem::path file;
  IoLoop &io;
  union {
    IoLoop::Op<std::string> awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<LogStats> scan_log(IoLoop &io, fs::path file) {
  return asl::start<scan_log_machine>(io, file);
}

inline void scan_log_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await io.read(file) (line 85)
      ::new (asl::place(awaiter0_)) IoLoop::Op<std::string>(io.read(file));
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
      std::string data = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      LogStats stats;
      std::istringstream in(data);
      std::string line;
      while (std::getline(in, line)) {
        ++stats.lines;
        if (line.rfind("ERROR", 0) == 0)
          ++stats.errors;
      }
      builder_.set_result(std::move(stats));
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

// The state machine of run_pipeline(), line 97. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct run_pipeline_machine {
  run_pipeline_machine(IoLoop &io, std::filesystem::path &dir)
      : dir(std::move(dir)), io(io) {}
  ~run_pipeline_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'names' may be kept
  // (line 104).
  static constexpr bool relocatable = false;

  asl::task_builder<std::string> builder_;
  std::filesystem::path dir;
  IoLoop &io;
  union {
    std::vector<std::string> names;
  };
  std::size_t written;
  union {
    std::ostringstream summary;
  };
  std::size_t i;
  union {
    std::string echoed;
  };
  union {
    asl::task_awaiter<unsigned long> awaiter0_;
    std::filesystem::path temporary0_;
    std::filesystem::path temporary1_;
    std::filesystem::path temporary2_;
    std::filesystem::path temporary3_;
  };
  union {
    asl::task_awaiter<LogStats> awaiter1_;
    IoLoop::Op<std::size_t> awaiter2_;
    IoLoop::Op<std::string> awaiter3_;
    IoLoop::Op<bool> awaiter4_;
  };
  int removed;
  int state_ = -1;
  bool names_live_ = false;
  bool summary_live_ = false;
  bool echoed_live_ = false;
  bool temporary0_live_ = false;
  bool temporary1_live_ = false;
  bool temporary2_live_ = false;
  bool temporary3_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(temporary3_, temporary3_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(temporary2_, temporary2_live_);
    asl::destroy(echoed, echoed_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(temporary1_, temporary1_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(temporary0_, temporary0_live_);
    asl::destroy(summary, summary_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(names, names_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<std::string> run_pipeline(IoLoop &io, fs::path dir) {
  return asl::start<run_pipeline_machine>(io, dir);
}

inline void run_pipeline_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    case 2:
      goto resume2_;
    case 3:
      goto resume3_;
    case 4:
      goto resume4_;
    default:
      break;
    }
    {
      ::new (asl::place(names))
          std::vector<std::string>{"api.log", "db.log", "cache.log"};
      names_live_ = true;

      // co_await write_logs(io, dir, names) (line 99)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<unsigned long>{write_logs(io, dir, names)};
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
      written = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      std::cout << "stage 1 done: " << written << " bytes\n";

      ::new (asl::place(summary)) std::ostringstream;
      summary_live_ = true;

      i = 0;

      while (i < names.size()) {
        ::new (asl::place(temporary0_)) std::filesystem::path(names[i]);
        temporary0_live_ = true;
        // co_await scan_log(io, dir / names[i]) (line 105)
        ::new (asl::place(awaiter1_))
            asl::task_awaiter<LogStats>{scan_log(io, dir / temporary0_)};
        awaiter1_live_ = true;
        if (!awaiter1_.await_ready()) {
          state_ = 1;
          builder_.await_on_completed(awaiter1_, *this);
          unwind_.release();
          return;
        resume1_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        LogStats stats = awaiter1_.await_resume();
        asl::destroy(awaiter1_, awaiter1_live_);
        asl::destroy(temporary0_, temporary0_live_);

        summary << names[i] << ": " << stats.lines << " lines, " << stats.errors
                << " errors\n";
        ++i;
      }
      ::new (asl::place(temporary1_)) std::filesystem::path("summary.txt");
      temporary1_live_ = true;
      // co_await io.write(dir / "summary.txt", summary.str()) (line 110)
      ::new (asl::place(awaiter2_))
          IoLoop::Op<std::size_t>(io.write(dir / temporary1_, summary.str()));
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        unwind_.release();
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);
      asl::destroy(temporary1_, temporary1_live_);

      ::new (asl::place(temporary2_)) std::filesystem::path("summary.txt");
      temporary2_live_ = true;
      // co_await io.read(dir / "summary.txt") (line 111)
      ::new (asl::place(awaiter3_))
          IoLoop::Op<std::string>(io.read(dir / temporary2_));
      awaiter3_live_ = true;
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        unwind_.release();
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(echoed)) std::string(awaiter3_.await_resume());
      echoed_live_ = true;
      asl::destroy(awaiter3_, awaiter3_live_);
      asl::destroy(temporary2_, temporary2_live_);

      std::cout << "stage 2 done: summary has " << echoed.size() << " bytes\n";

      names.push_back("summary.txt");
      removed = 0;

      for (i = 0; i < names.size(); ++i) {
        ::new (asl::place(temporary3_)) std::filesystem::path(names[i]);
        temporary3_live_ = true;
        // co_await io.remove(dir / names[i]) (line 117)
        ::new (asl::place(awaiter4_))
            IoLoop::Op<bool>(io.remove(dir / temporary3_));
        awaiter4_live_ = true;
        if (!awaiter4_.await_ready()) {
          state_ = 4;
          builder_.await_on_completed(awaiter4_, *this);
          unwind_.release();
          return;
        resume4_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        bool ok = awaiter4_.await_resume();
        asl::destroy(awaiter4_, awaiter4_live_);
        asl::destroy(temporary3_, temporary3_live_);

        if (ok)
          ++removed;
      }
      std::cout << "stage 3 done: removed " << removed << " files\n";
      builder_.set_result(std::move(echoed));
      asl::destroy(echoed, echoed_live_);
      asl::destroy(summary, summary_live_);
      asl::destroy(names, names_live_);
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
  std::string pattern =
      (fs::temp_directory_path() / "asl_file_pipeline_XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr)
    return 1;
  fs::path dir = pattern;

  IoLoop io;
  asl::Task<std::string> pipeline = run_pipeline(io, dir);
  std::cout << "pipeline started, ready: " << pipeline.is_ready() << "\n";
  int turns = io.run();
  std::string summary = asl::sync_wait(std::move(pipeline));
  std::cout << "loop ran " << turns << " turns\n" << summary;

  bool empty = fs::is_empty(dir);
  fs::remove(dir);
  std::cout << "directory was empty: " << empty
            << ", still exists: " << fs::exists(dir) << "\n";
}
