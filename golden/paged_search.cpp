// Checks early co_return from inside nested loops whose outer body awaits each
// page, break out of a loop after an await, and a vector of tasks started
// together and awaited one by one through the vector's elements.
#include <asl/task.h>

#include <deque>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

struct Page {
  std::vector<std::string> items;
  bool has_more = false;
};

// A remote catalog that answers one page request per turn of its loop.
class Catalog {
public:
  struct Request {
    Catalog *catalog;
    int index;
    bool await_ready() const { return false; }
    template <class Handle> void await_suspend(Handle h) {
      catalog->pending_.push_back([h] { h.resume(); });
    }
    Page await_resume() const {
      ++catalog->requests_;
      Page page;
      for (int i = index * 3; i < index * 3 + 3 && i < catalog->size(); ++i)
        page.items.push_back(catalog->items_[i]);
      page.has_more = (index + 1) * 3 < catalog->size();
      return page;
    }
  };

  explicit Catalog(std::vector<std::string> items) : items_(std::move(items)) {}
  Request fetch(int index) { return Request{this, index}; }
  int size() const { return static_cast<int>(items_.size()); }
  int requests() const { return requests_; }
  void run() {
    while (!pending_.empty()) {
      std::function<void()> next = std::move(pending_.front());
      pending_.pop_front();
      next();
    }
  }

private:
  std::vector<std::string> items_;
  std::deque<std::function<void()>> pending_;
  int requests_ = 0;
};

// The state machine of find_first(), line 55. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct find_first_machine {
  find_first_machine(Catalog &catalog, std::string &prefix, int &max_pages)
      : prefix(std::move(prefix)), catalog(catalog),
        max_pages(std::move(max_pages)) {}
  ~find_first_machine() {}

  // Built in its heap box from the start: the address of 'prefix' may be kept
  // (line 60).
  static constexpr bool relocatable = false;

  asl::task_builder<std::string> builder_;
  std::string prefix;
  Catalog &catalog;
  union {
    Catalog::Request awaiter0_;
  };
  int max_pages;
  int index;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<std::string> find_first(Catalog &catalog,
                                            std::string prefix, int max_pages) {
  return asl::start<find_first_machine>(catalog, prefix, max_pages);
}

inline void find_first_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      for (index = 0; index < max_pages; ++index) {
        // co_await catalog.fetch(index) (line 58)
        ::new (asl::place(awaiter0_)) Catalog::Request(catalog.fetch(index));
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        Page page = awaiter0_.await_resume();

        for (std::size_t i = 0; i < page.items.size(); ++i) {
          if (page.items[i].rfind(prefix, 0) == 0) {
            builder_.set_result(page.items[i] + " (page " +
                                std::to_string(index) + ")");
            goto finish_;
          }
        }
        if (!page.has_more)
          break;
      }
      builder_.set_result("no " + prefix);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of search_all(), line 69. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct search_all_machine {
  search_all_machine(Catalog &catalog, std::vector<std::string> &prefixes,
                     int &max_pages)
      : prefixes(std::move(prefixes)), catalog(catalog),
        max_pages(std::move(max_pages)) {}
  ~search_all_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'prefixes' may be kept
  // (line 73).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  std::vector<std::string> prefixes;
  Catalog &catalog;
  union {
    std::vector<asl::Task<std::string>> searches;
  };
  std::size_t i1;
  union {
    asl::task_ref_awaiter<std::string> awaiter0_;
  };
  int max_pages;
  int hits;
  int state_ = -1;
  bool searches_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(searches, searches_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int>
search_all(Catalog &catalog, std::vector<std::string> prefixes, int max_pages) {
  return asl::start<search_all_machine>(catalog, prefixes, max_pages);
}

inline void search_all_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(searches)) std::vector<asl::Task<std::string>>;
      searches_live_ = true;

      for (std::size_t i = 0; i < prefixes.size(); ++i)
        searches.push_back(find_first(catalog, prefixes[i], max_pages));
      std::cout << "started " << searches.size() << " searches\n";

      hits = 0;

      for (i1 = 0; i1 < searches.size(); ++i1) {
        // co_await searches[i] (line 79)
        ::new (asl::place(awaiter0_))
            asl::task_ref_awaiter<std::string>(asl::get_awaiter(searches[i1]));
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          unwind_.release();
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        std::string found = awaiter0_.await_resume();

        std::cout << prefixes[i1] << " -> " << found << "\n";
        if (found.rfind("no ", 0) != 0)
          ++hits;
      }
      builder_.set_result(std::move(hits));
      asl::destroy(searches, searches_live_);
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
  Catalog catalog({"anchor", "bolt", "cable", "drill", "epoxy", "file",
                   "gasket", "hammer", "insulation", "jigsaw"});
  asl::Task<int> deep = search_all(catalog, {"c", "dr", "jig", "zinc"}, 4);
  catalog.run();
  int hits = asl::sync_wait(std::move(deep));
  std::cout << hits << " hits, " << catalog.requests() << " page requests\n";

  asl::Task<int> quick = search_all(catalog, {"b", "ham"}, 1);
  catalog.run();
  hits = asl::sync_wait(std::move(quick));
  std::cout << hits << " hits, " << catalog.requests() << " page requests\n";
}
