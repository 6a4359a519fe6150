// Checks move-only values through tasks: std::unique_ptr results (completed at
// once and after suspending), tasks held in variables and awaited later with
// co_await std::move(t), and unique_ptr parameters and locals across awaits.
#include <asl/task.h>

#include <deque>
#include <functional>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

class RunLoop {
public:
  struct Yield {
    RunLoop *loop;
    bool await_ready() const { return false; }
    template <class Handle> void await_suspend(Handle h) {
      loop->queue_.push_back([h] { h.resume(); });
    }
    void await_resume() const {}
  };
  Yield yield() { return Yield{this}; }
  void run() {
    while (!queue_.empty()) {
      std::function<void()> next = std::move(queue_.front());
      queue_.pop_front();
      next();
    }
  }

private:
  std::deque<std::function<void()>> queue_;
};

struct Document {
  explicit Document(std::string t) : title(std::move(t)) {
    std::cout << "open " << title << "\n";
  }
  ~Document() { std::cout << "close " << title << "\n"; }
  std::string title;
  std::vector<std::string> lines;
};

using DocPtr = std::unique_ptr<Document>;

// The state machine of load(), line 47. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct load_machine {
  load_machine(RunLoop &loop, std::string &title, int &lines, bool &cached)
      : title(std::move(title)), loop(loop), lines(std::move(lines)),
        cached(std::move(cached)) {}
  ~load_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'title' may be kept
  // (line 49).
  static constexpr bool relocatable = false;

  asl::task_builder<DocPtr> builder_;
  std::string title;
  RunLoop &loop;
  union {
    DocPtr doc;
  };
  union {
    RunLoop::Yield awaiter0_;
  };
  int lines;
  int i;
  bool cached;
  int state_ = -1;
  bool doc_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(doc, doc_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<DocPtr> load(RunLoop &loop, std::string title, int lines,
                                 bool cached) {
  return asl::start<load_machine>(loop, title, lines, cached);
}

inline void load_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(doc)) DocPtr(std::make_unique<Document>(title));
      doc_live_ = true;

      if (cached) {
        doc->lines.push_back(title + " (cached)");
        builder_.set_result(std::move(doc));
        asl::destroy(doc, doc_live_);
        unwind_.release();
        goto finish_;
      }
      for (i = 1; i <= lines; ++i) {
        // co_await loop.yield() (line 55)
        ::new (asl::place(awaiter0_)) RunLoop::Yield(loop.yield());
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

        doc->lines.push_back(title + " line " + std::to_string(i));
      }
      std::cout << "loaded " << title << "\n";
      builder_.set_result(std::move(doc));
      asl::destroy(doc, doc_live_);
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

// The state machine of merge(), line 62. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct merge_machine {
  merge_machine(RunLoop &loop, DocPtr &first, DocPtr &second)
      : first(std::move(first)), second(std::move(second)), loop(loop) {}
  ~merge_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'first' may be kept
  // (line 64).
  static constexpr bool relocatable = false;

  asl::task_builder<DocPtr> builder_;
  DocPtr first;
  DocPtr second;
  RunLoop &loop;
  union {
    DocPtr merged;
  };
  union {
    RunLoop::Yield awaiter0_;
    RunLoop::Yield awaiter1_;
  };
  int state_ = -1;
  bool merged_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(merged, merged_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<DocPtr> merge(RunLoop &loop, DocPtr first, DocPtr second) {
  return asl::start<merge_machine>(loop, first, second);
}

inline void merge_machine::move_next() {
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
      // co_await loop.yield() (line 63)
      ::new (asl::place(awaiter0_)) RunLoop::Yield(loop.yield());
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

      ::new (asl::place(merged)) DocPtr(
          std::make_unique<Document>(first->title + "+" + second->title));
      merged_live_ = true;

      merged->lines = std::move(first->lines);
      first.reset();
      // co_await loop.yield() (line 67)
      ::new (asl::place(awaiter1_)) RunLoop::Yield(loop.yield());
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        unwind_.release();
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter1_.await_resume();

      for (std::size_t i = 0; i < second->lines.size(); ++i)
        merged->lines.push_back(second->lines[i]);
      builder_.set_result(std::move(merged));
      asl::destroy(merged, merged_live_);
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

// The state machine of build_report(), line 73. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct build_report_machine {
  explicit build_report_machine(RunLoop &loop) : loop(loop) {}
  ~build_report_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'legal' may be kept
  // (line 77).
  static constexpr bool relocatable = false;

  asl::task_builder<DocPtr> builder_;
  RunLoop &loop;
  union {
    asl::Task<DocPtr> intro;
  };
  union {
    asl::Task<DocPtr> body;
  };
  union {
    asl::Task<DocPtr> legal;
  };
  union {
    DocPtr a;
  };
  union {
    DocPtr b;
  };
  union {
    DocPtr report;
  };
  union {
    DocPtr footer;
  };
  union {
    asl::task_awaiter<DocPtr> awaiter0_;
    asl::task_awaiter<DocPtr> awaiter1_;
    asl::task_awaiter<DocPtr> awaiter2_;
    asl::task_awaiter<DocPtr> awaiter3_;
  };
  int state_ = -1;
  bool intro_live_ = false;
  bool body_live_ = false;
  bool legal_live_ = false;
  bool a_live_ = false;
  bool b_live_ = false;
  bool report_live_ = false;
  bool footer_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(footer, footer_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(report, report_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(b, b_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(a, a_live_);
    asl::destroy(legal, legal_live_);
    asl::destroy(body, body_live_);
    asl::destroy(intro, intro_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<DocPtr> build_report(RunLoop &loop) {
  return asl::start<build_report_machine>(loop);
}

inline void build_report_machine::move_next() {
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
    default:
      break;
    }
    {
      ::new (asl::place(intro))
          asl::Task<DocPtr>(load(loop, "intro", 1, false));
      intro_live_ = true;

      ::new (asl::place(body)) asl::Task<DocPtr>(load(loop, "body", 3, false));
      body_live_ = true;

      ::new (asl::place(legal)) asl::Task<DocPtr>(load(loop, "legal", 0, true));
      legal_live_ = true;

      std::cout << "started three loads, legal ready: " << legal.is_ready()
                << "\n";

      // co_await std::move(body) (line 79)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<DocPtr>(asl::get_awaiter(std::move(body)));
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
      ::new (asl::place(a)) DocPtr(awaiter0_.await_resume());
      a_live_ = true;
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await std::move(intro) (line 80)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<DocPtr>(asl::get_awaiter(std::move(intro)));
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
      ::new (asl::place(b)) DocPtr(awaiter1_.await_resume());
      b_live_ = true;
      asl::destroy(awaiter1_, awaiter1_live_);

      // co_await merge(loop, std::move(b), std::move(a)) (line 81)
      ::new (asl::place(awaiter2_))
          asl::task_awaiter<DocPtr>{merge(loop, std::move(b), std::move(a))};
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
      ::new (asl::place(report)) DocPtr(awaiter2_.await_resume());
      report_live_ = true;
      asl::destroy(awaiter2_, awaiter2_live_);

      std::cout << "inputs moved away: " << (a == nullptr && b == nullptr)
                << "\n";

      // co_await std::move(legal) (line 84)
      ::new (asl::place(awaiter3_))
          asl::task_awaiter<DocPtr>(asl::get_awaiter(std::move(legal)));
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
      ::new (asl::place(footer)) DocPtr(awaiter3_.await_resume());
      footer_live_ = true;
      asl::destroy(awaiter3_, awaiter3_live_);

      report->lines.push_back(footer->lines.front());
      builder_.set_result(std::move(report));
      asl::destroy(footer, footer_live_);
      asl::destroy(report, report_live_);
      asl::destroy(b, b_live_);
      asl::destroy(a, a_live_);
      asl::destroy(legal, legal_live_);
      asl::destroy(body, body_live_);
      asl::destroy(intro, intro_live_);
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
  RunLoop loop;
  asl::Task<DocPtr> pending = build_report(loop);
  loop.run();
  DocPtr report = asl::sync_wait(std::move(pending));
  std::cout << report->title << ":\n";
  for (const std::string &line : report->lines)
    std::cout << "  " << line << "\n";
  report.reset();
  std::cout << "done\n";
}
