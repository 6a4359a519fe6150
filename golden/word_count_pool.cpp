// Checks real file reads on pool workers: an exception thrown on a worker is
// caught by the task awaiting it on another thread, and a final error thrown
// after the fan-in escapes to sync_wait on the main thread.
#include <asl/task.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace fs = std::filesystem;

struct FileCount {
  int lines = 0;
  int words = 0;
  std::map<std::string, int> frequency;
};

// The state machine of count_file(), line 23. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct count_file_machine {
  count_file_machine(asl::ThreadPool &pool, std::filesystem::path &file)
      : file(std::move(file)), pool(pool) {}
  ~count_file_machine() {}

  // Built in its heap box from the start: the address of 'file' may be kept
  // (line 25).
  static constexpr bool relocatable = false;

  asl::task_builder<FileCount> builder_;
  std::filesystem::path file;
  asl::ThreadPool &pool;
  union {
    asl::ThreadPool::schedule_awaiter awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<FileCount> count_file(asl::ThreadPool &pool,
                                          fs::path file) {
  return asl::start<count_file_machine>(pool, file);
}

inline void count_file_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await pool.schedule() (line 24)
      ::new (asl::place(awaiter0_))
          asl::ThreadPool::schedule_awaiter(pool.schedule());
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      std::ifstream in(file);
      if (!in)
        throw std::runtime_error("cannot open " + file.filename().string());
      FileCount count;
      std::string line;
      while (std::getline(in, line)) {
        ++count.lines;
        std::size_t pos = 0;
        while (pos < line.size()) {
          std::size_t end = line.find(' ', pos);
          if (end == std::string::npos)
            end = line.size();
          if (end > pos) {
            ++count.words;
            ++count.frequency[line.substr(pos, end - pos)];
          }
          pos = end + 1;
        }
      }
      builder_.set_result(std::move(count));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of index_corpus(), line 47. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct index_corpus_machine {
  index_corpus_machine(asl::ThreadPool &pool, std::filesystem::path &dir,
                       std::vector<std::string> &names)
      : dir(std::move(dir)), names(std::move(names)), pool(pool) {}
  ~index_corpus_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'names' may be kept
  // (line 51).
  static constexpr bool relocatable = false;

  asl::task_builder<std::string> builder_;
  std::filesystem::path dir;
  std::vector<std::string> names;
  asl::ThreadPool &pool;
  union {
    std::vector<asl::Task<FileCount>> counts;
  };
  union {
    std::map<std::string, int> merged;
  };
  std::size_t i1;
  union {
    std::string best;
  };
  union {
    asl::task_awaiter<FileCount> awaiter0_;
  };
  int missing;
  int state_ = -1;
  bool counts_live_ = false;
  bool merged_live_ = false;
  bool best_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(best, best_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(merged, merged_live_);
    asl::destroy(counts, counts_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<std::string> index_corpus(asl::ThreadPool &pool,
                                              fs::path dir,
                                              std::vector<std::string> names) {
  return asl::start<index_corpus_machine>(pool, dir, names);
}

inline void index_corpus_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto try0_;
    default:
      break;
    }
    {
      ::new (asl::place(counts)) std::vector<asl::Task<FileCount>>;
      counts_live_ = true;

      for (std::size_t i = 0; i < names.size(); ++i)
        counts.push_back(count_file(pool, dir / names[i]));

      ::new (asl::place(merged)) std::map<std::string, int>;
      merged_live_ = true;

      missing = 0;

      for (i1 = 0; i1 < counts.size(); ++i1) {
      try0_:
        try {
          asl::try_unwind_guard unwind_try_(
              unwind_, [&] { asl::destroy(awaiter0_, awaiter0_live_); });
          switch (state_) {
          case 0:
            goto resume0_;
          default:
            break;
          }

          // co_await std::move(counts[i]) (line 58)
          ::new (asl::place(awaiter0_)) asl::task_awaiter<FileCount>(
              asl::get_awaiter(std::move(counts[i1])));
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
          FileCount c = awaiter0_.await_resume();
          asl::destroy(awaiter0_, awaiter0_live_);

          std::cout << "  " << names[i1] << ": " << c.lines << " lines, "
                    << c.words << " words\n";
          for (const auto &entry : c.frequency)
            merged[entry.first] += entry.second;
        } catch (const std::runtime_error &e) {
          std::cout << "  " << names[i1] << ": " << e.what() << "\n";
          ++missing;
        }
      }
      if (missing > 1)
        throw std::runtime_error(std::to_string(missing) + " files missing");

      ::new (asl::place(best)) std::string;
      best_live_ = true;

      for (const auto &entry : merged)
        if (best.empty() || entry.second > merged[best])
          best = entry.first;
      builder_.set_result(best + " x" + std::to_string(merged[best]));
      asl::destroy(best, best_live_);
      asl::destroy(merged, merged_live_);
      asl::destroy(counts, counts_live_);
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
      (fs::temp_directory_path() / "asl_word_count_XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr)
    return 1;
  fs::path dir = pattern;
  std::ofstream(dir / "a.txt") << "the quick fox\njumps over the dog\n";
  std::ofstream(dir / "b.txt") << "the end\n";
  std::ofstream(dir / "c.txt") << "a fox is a fox\nis it\nthe fox\n";

  asl::ThreadPool pool{2};
  std::cout << "corpus 1\n";
  std::string top = asl::sync_wait(
      index_corpus(pool, dir, {"a.txt", "b.txt", "c.txt", "gone.txt"}));
  std::cout << "  most frequent: " << top << "\n";

  std::cout << "corpus 2\n";
  try {
    asl::sync_wait(index_corpus(pool, dir, {"x.txt", "b.txt", "y.txt"}));
  } catch (const std::runtime_error &e) {
    std::cout << "  failed: " << e.what() << "\n";
  }

  int removed = static_cast<int>(fs::remove_all(dir));
  std::cout << "removed " << removed << " paths\n";
}
